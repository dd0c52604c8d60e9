package org.newsroom.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsroom.web.storage.PublicChange;

/**
 * A signed-in member of staff's session must survive the node it lives on: on a Payara Micro cluster it is
 * serialised into the data grid after every request and read back on whichever node takes the next one. So
 * the application is {@code <distributable/>}, and everything a session holds — the view-scoped beans (Faces
 * keeps them in the session) and what they hold, field by field, through this application's own classes —
 * must serialise. Injected EJBs and CDI beans are the container's serialisable proxies, so they are left out.
 * The cluster's change message must travel too.
 */
class SessionStateTravelsTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theApplicationSaysItsSessionsMayMove() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertTrue(webXml.contains("<distributable/>"), "web.xml declares <distributable/>");
    }

    @Test
    void everythingASessionHoldsIsSerializable() throws Exception {
        List<Class<?>> sessionBeans = sessionHeldClasses();
        assertTrue(sessionBeans.size() >= 8, "found the view-scoped beans: " + sessionBeans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : sessionBeans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSignInStateKeptInTheSessionIsSerializable() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (String held : List.of("org.newsroom.web.accounts.signin.StaffSession", "org.newsroom.web.accounts.signin.SignInForm$Told")) {
            check(Class.forName(held), held, problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aPublicChangeTravelsWhole() throws Exception {
        PublicChange sent = new PublicChange("node-a", Instant.parse("2026-12-01T10:15:30Z"),
                Set.of(PublicChange.Kind.ARTICLE), Set.of(42L), Set.of("тенге-крепнет"), Set.of("kazakhstan"), Set.of("тенге"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(sent, in.readObject());
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            check(generic.getRawType(), path, problems, seen);
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, path + "<…>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
            if (raw == Optional.class) {
                problems.add(path + " is an Optional, which does not serialise");
            }
            return;  // the implementations Newsroom uses serialise; their elements are checked above
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + " is a " + raw.getName() + ", which is not Serializable");
            return;
        }
        if (!raw.getName().startsWith("org.newsroom.")) {
            return;
        }
        for (Class<?> c = raw; c != null && c.getName().startsWith("org.newsroom."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static List<Class<?>> sessionHeldClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> candidate = Class.forName(name, false, SessionStateTravelsTest.class.getClassLoader());
                if (candidate.isAnnotationPresent(ViewScoped.class) || candidate.isAnnotationPresent(SessionScoped.class)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }
}
