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

# The image runs on Java 25 (the bytecode is Java 17's, built above) with the extracted jar and an
# ahead-of-time cache made here, at image build, by a training start that stops after the context
# refresh: a server is then ready in about half the time of java -jar on Java 17 (docs/benchmarks.md,
# start-up time). The cache belongs to this JDK and these jars; a mismatch only costs the speed-up.
FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /var/lib/realign --create-home realign
COPY --from=build /src/realign-app/target/realign.jar /tmp/realign.jar
RUN java -Djarmode=tools -jar /tmp/realign.jar extract --destination /opt/realign \
    && rm /tmp/realign.jar \
    && REALIGN_DATA_DIR=/tmp/training SERVER_PORT=0 java -XX:AOTCacheOutput=/opt/realign/realign.aot \
       -Dspring.context.exit=onRefresh -jar /opt/realign/realign.jar serve \
    && rm -rf /tmp/training
USER realign
ENV REALIGN_DATA_DIR=/var/lib/realign \
    REALIGN_MODEL_DIR=/var/lib/realign/models \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=9090 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/realign
# 8080: the app; 9090: probes and Prometheus (keep it on the internal network)
EXPOSE 8080 9090
ENTRYPOINT ["java", "-XX:AOTCache=/opt/realign/realign.aot", "-jar", "/opt/realign/realign.jar", "serve"]
