package tw.smartdesk.localstack;

/** The PostgreSQL server every service uses, as the services themselves are told: {@code SMARTDESK_DB_*}. */
record DatabaseServer(String host, int port, String user, String password) {

    /** The maintenance database the launcher connects to when it checks the server and creates databases. */
    static final String MAINTENANCE_DATABASE = "postgres";

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL form of Quarkus' reactive PostgreSQL client. */
    String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    String address() {
        return host + ":" + port;
    }
}
