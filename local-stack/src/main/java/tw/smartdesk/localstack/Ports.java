package tw.smartdesk.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ports the stack listens on, checked before anything starts so that a clash is named, not guessed. */
final class Ports {

    private Ports() {
    }

    /** What listens where: the broker, its controller and each selected service (HTTP and management). */
    static Map<Integer, String> of(StackSettings settings) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.kafkaPort(), "Kafka (SMARTDESK_KAFKA_PORT)");
        ports.put(settings.controllerPort(), "the Kafka controller (SMARTDESK_KAFKA_CONTROLLER_PORT)");
        for (StackService service : settings.services()) {
            claim(ports, settings.httpPort(service), service.module() + " (" + service.portVariable() + ")");
        }
        for (StackService service : settings.services()) {
            claim(ports, settings.managementPort(service),
                    service.module() + " management (" + service.managementPortVariable() + ")");
        }
        return ports;
    }

    private static void claim(Map<Integer, String> ports, int port, String owner) {
        String clash = ports.putIfAbsent(port, owner);
        if (clash != null) {
            throw new StackException("Port " + port + " is wanted by both " + clash + " and " + owner);
        }
    }

    static void requireFree(Map<Integer, String> ports) {
        ports.forEach((port, owner) -> {
            if (!free(port)) {
                throw new StackException("Port " + port + " for " + owner + " is already in use: is a stack already "
                        + "running (./smartdesk down stops it), or does another program hold the port? (SMARTDESK_PORT_OFFSET "
                        + "moves the services' ports, SMARTDESK_KAFKA_PORT the broker's)");
            }
        });
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
