-- Runs once, when the PostgreSQL container starts with an empty data volume (docker-compose.yml).
-- One database per service; each service's Flyway creates its tables at start.
-- ./smartdesk up creates the same databases on a local server (local-stack, PostgresCheck).
CREATE DATABASE smartdesk_application;
CREATE DATABASE smartdesk_reservation;
CREATE DATABASE smartdesk_locker;
CREATE DATABASE smartdesk_notification;
CREATE DATABASE smartdesk_analytics;
