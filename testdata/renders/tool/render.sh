#!/usr/bin/env bash
# Re-makes the renders in testdata/renders (see ../SOURCE.txt): four views of two standing figures.
# Needs Debian's chromium and imagemagick, node and npm; fetches the Debian package
# sweethome3d-furniture (the figures) and the npm packages three and playwright-core (no browser
# download) into WORK_DIR (default /tmp/realign-renders), never into the repository.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${WORK_DIR:-/tmp/realign-renders}"
mkdir -p "$work/www" "$work/png"
cd "$work"
if [ ! -d www/models ]; then
	apt-get download sweethome3d-furniture=1.8-1
	dpkg-deb -x sweethome3d-furniture_1.8-1_all.deb deb
	unzip -q -o deb/usr/share/sweethome3d/furniture/Reallusion.sh3f -d sh3f
	ln -sfn "$work/sh3f/reallusion" www/models
fi
if [ ! -d node_modules/three ]; then
	echo '{"private":true}' > package.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --ignore-scripts --no-save three@0.180.0 playwright-core@1.65.1
fi
ln -sfn "$work/node_modules/three" www/three
cp "$here/page.html" www/page.html
# The capture protocol's set-up: camera 3 m away at 0.95 m (hip height), level; 42 deg vertical
# field of view; the figure at its catalogue height. Camera yaw 0 sees the front, 90 the left side,
# 180 the back, 270 the right side.
node -e '
const jobs = [];
for (const [model, height] of [["male02", 1.80], ["male01", 1.80]])
  for (const [view, yaw] of [["front", 0], ["left", 90], ["back", 180], ["right", 270]])
    jobs.push({model, heightM: height, width: 1080, height: 1920, vfovDeg: 42, distanceM: 3,
      cameraHeightM: 0.95, cameraYawDeg: yaw, out: `png/${model}_${view}.png`});
// 20 deg off straight behind, rendered smaller (as it was first made)
jobs.push({model: "male01", heightM: 1.80, width: 810, height: 1440, vfovDeg: 42, distanceM: 3,
  cameraHeightM: 0.95, cameraYawDeg: 200, out: "png/male01_back_turned20.png"});
require("fs").writeFileSync("jobs.json", JSON.stringify(jobs));'
rm -f png/*.png
node "$here/render.mjs" "$work" jobs.json
for f in png/*.png; do
	convert "$f" -resize x720 -quality 88 -sampling-factor 4:2:0 -strip "$here/../$(basename "${f%.png}").jpg"
done
