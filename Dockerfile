# Realign as a container image. NOT RUN HERE: the machine this was written on has no container
# engine, so this file is untested; the same jar and settings are tested as plain processes
# (ReplicasIT, realign-bench/load.sh replicas). See the README, "Running more than one server".
#
#   docker build -t realign .
#   docker run -p 8080:8080 -p 9090:9090 -v realign-data:/var/lib/realign realign
#
# Without other settings the container runs the embedded default (H2 and photos under
# /var/lib/realign); deploy/compose.yaml runs two servers on PostgreSQL and an S3 bucket.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package -pl realign-app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/realign --create-home realign
COPY --from=build /src/realign-app/target/realign.jar /opt/realign/realign.jar
USER realign
ENV REALIGN_DATA_DIR=/var/lib/realign \
    REALIGN_MODEL_DIR=/var/lib/realign/models \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=9090 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/realign
# 8080: the app; 9090: probes and Prometheus (keep it on the internal network)
EXPOSE 8080 9090
ENTRYPOINT ["java", "-jar", "/opt/realign/realign.jar", "serve"]
