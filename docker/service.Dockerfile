# One SmartDesk service from its Quarkus fast-jar. The build context is the service's module folder, after
# ./mvnw install -DskipTests has produced <module>/target/quarkus-app, e.g.
#   docker build -f docker/service.Dockerfile -t smartdesk/application-service:local application-service
# docker-compose.yml builds all five this way. Configuration comes from the environment only
# (SMARTDESK_DB_*, KAFKA_BOOTSTRAP_SERVERS, SMARTDESK_JWT_PUBLIC_KEY, which it cannot start without, SMARTDESK_JWT_*).
# The API listens on the service's port (8081-8085), health, metrics and OpenAPI on its management port (9081-9085).
FROM eclipse-temurin:17-jre

RUN useradd --system --uid 185 --gid 0 --home-dir /deployments --no-create-home quarkus \
    && mkdir -p /deployments/jwt && chown -R 185:0 /deployments

WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layer is reused.
COPY --chown=185:0 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185:0 target/quarkus-app/*.jar /deployments/
COPY --chown=185:0 target/quarkus-app/app/ /deployments/app/
COPY --chown=185:0 target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
ENV JAVA_OPTS="-Xmx256m"
# exec: java is PID 1 and receives SIGTERM from docker stop, so Quarkus shuts down cleanly.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
