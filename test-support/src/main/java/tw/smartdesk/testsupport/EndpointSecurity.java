package tw.smartdesk.testsupport;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds REST endpoints that do not say who may call them: every resource method must carry (or
 * inherit from its class) {@code @RolesAllowed}, {@code @PermitAll}, {@code @Authenticated} or
 * {@code @DenyAll}.
 */
public final class EndpointSecurity {

    private EndpointSecurity() {
    }

    /** The endpoints without a declared rule among the compiled classes beside {@code anchor}'s root. */
    public static List<String> undeclared(Class<?> anchor) {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : resources(anchor)) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isEndpoint(method) && !declaresAccess(method) && !declaresAccess(resource)) {
                    missing.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        return missing;
    }

    /** Every {@code @Path} class (not a REST client's interface) compiled into the same folder as {@code anchor}. */
    public static List<Class<?>> resources(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(name -> load(name, anchor.getClassLoader()))
                        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                        .filter(type -> !type.isInterface()) // a REST client of another service, not an endpoint
                        .<Class<?>>map(type -> type)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEndpoint(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresAccess(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(Authenticated.class) || element.isAnnotationPresent(DenyAll.class);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
