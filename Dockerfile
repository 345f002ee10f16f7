# One image recipe for every service: docker build --build-arg SERVICE=auth-service .
# Build stage: the whole reactor is copied so a service builds with the exact common-lib and schema it ships with.
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY pom.xml .
COPY schema schema
COPY common-lib common-lib
COPY auth-service auth-service
COPY finance-service finance-service
COPY emi-service emi-service
COPY investment-service investment-service
COPY market-service market-service
COPY export-service export-service
COPY dev-postgres dev-postgres
RUN mvn -B -q -DskipTests -pl ${SERVICE} -am package \
 && java -Djarmode=tools -jar ${SERVICE}/target/${SERVICE}.jar extract --layers --launcher --destination /layers

# Runtime stage: a JRE, a non-root user, and the jar's layers from least to most often changed, so a code
# change re-ships only the last, small layer.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 finsuite && useradd --system --uid 10001 --gid finsuite --no-create-home finsuite
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
