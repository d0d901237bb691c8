package org.mizan.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mizan.web.admin.AdminResource;

/**
 * Every resource method of the application, read from the compiled classes, and which of them only the
 * admin may call: all under /admin and every write, but the open analyses and logout. A resource added
 * later is walked too, so a new write endpoint without its role check fails the tests.
 */
final class ProtectedRoutes {

    /** Writes anyone may send: they store nothing (analyses) or only end the sender's own session. */
    static final Set<String> OPEN_WRITES = Set.of("POST /api/analyze", "POST /api/compare", "POST /logout");

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    record Route(String verb, String template, Method method) {
        boolean adminOnly() {
            return template.equals("/admin") || template.startsWith("/admin/")
                    || (!verb.equals("GET") && !OPEN_WRITES.contains(verb + " " + template));
        }

        boolean checksTheRole() {
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            if (roles == null) {
                roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            }
            return roles != null && List.of(roles.value()).equals(List.of("admin"));
        }

        /** The path with every parameter set to {@code id}. */
        String path(String id) {
            return template.replaceAll("\\{[^}]*}", id);
        }

        @Override
        public String toString() {
            return verb + " " + template + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    private ProtectedRoutes() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (m.isAnnotationPresent(verb.getKey())) {
                        Path sub = m.getAnnotation(Path.class);
                        routes.add(new Route(verb.getValue(), join(base, sub == null ? "" : sub.value()), m));
                    }
                }
            }
        }
        return routes;
    }

    static List<Route> adminOnly() {
        return all().stream().filter(Route::adminOnly).toList();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> resources() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(AdminResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path root = classes.resolve("org/mizan/web");
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                List<Class<?>> found = new ArrayList<>();
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, AdminResource.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                }
                return found;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
