package tw.smartdesk.loadtests;

/**
 * One request of a scenario: method, the port of the service, the path with its query, a bearer token, an optional
 * JSON body and {@code Idempotency-Key}. {@code tag} lets the scenario recognise its own call in the answer (e.g.
 * whose filing it was).
 */
record HttpCall(String method, int port, String uri, String token, String body, String idempotencyKey, Object tag) {

    static HttpCall get(int port, String uri, String token) {
        return new HttpCall("GET", port, uri, token, null, null, null);
    }

    static HttpCall post(int port, String uri, String token, String body, String idempotencyKey, Object tag) {
        return new HttpCall("POST", port, uri, token, body, idempotencyKey, tag);
    }
}
