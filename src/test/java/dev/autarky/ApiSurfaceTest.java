package dev.autarky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.Checks;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is what the module exports, and nothing else shows through it: every public or
 * protected signature of every public type in an exported package — superclass and interfaces,
 * fields, constructors, methods (parameters, return, exceptions, type parameters), record
 * components, with their type arguments, bounds and array components — names only types of the
 * exported packages, of {@code java.base}, or of a module that {@code dev.autarky} reads
 * {@code transitive}ly (so a user's module can name it too). A type from {@code dev.autarky.internal},
 * the command line or any other unexported package fails the test.
 */
class ApiSurfaceTest {

    /**
     * Optional modules that public signatures may name although the library reads them only
     * {@code static}: {@code dev.autarky.report.Charts} returns JFreeChart charts (a user who draws
     * charts requires JFreeChart anyway; one who does not must not need it).
     */
    static final Set<String> OPTIONAL_IN_SIGNATURES = Set.of("org.jfree.jfreechart");

    /** The exported packages (module-info.java says why each is there). */
    static final List<String> EXPORTED = List.of("dev.autarky.analysis", "dev.autarky.engine", "dev.autarky.io",
            "dev.autarky.report", "dev.autarky.result", "dev.autarky.scenario", "dev.autarky.uncertain");

    @Test
    void noPublicSignatureNamesATypeOutsideTheApi() throws Exception {
        ModuleDescriptor d = ModulePathTest.descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> transitive = d.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toCollection(HashSet::new));
        transitive.addAll(OPTIONAL_IN_SIGNATURES);
        List<Class<?>> api = apiTypes(exported);
        assertTrue(api.size() > 100, "public types found: " + api.size());
        Set<String> problems = new TreeSet<>();
        for (Class<?> c : api) {
            problems.addAll(leaks(c, exported, transitive));
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void theCheckFindsAnInternalTypeWhereverItHides() {
        Set<String> exported = Set.copyOf(EXPORTED);
        List<String> found = new ArrayList<>(leaks(Leaky.class, exported, Set.of()));
        found.addAll(leaks(Leaky.Component.class, exported, Set.of()));
        for (String member : List.of("field", "method return", "method parameter", "type argument", "wildcard bound",
                "array", "exception", "record component", "constructor", "superclass")) {
            assertTrue(found.stream().anyMatch(f -> f.contains("(" + member + ")")), member + " in " + found);
        }
        assertEquals(List.of(), leaks(Clean.class, exported, Set.of()));
    }

    /** Public types of the exported packages, nested ones included when reachable. */
    private static List<Class<?>> apiTypes(Set<String> exported) throws Exception {
        Path classes = ModulePathTest.classes();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !exported.contains(name.substring(0, dot)) || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
                if (visible(c)) {
                    types.add(c);
                }
            }
        }
        return types;
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
                return false;
            }
            int m = k.getModifiers();
            boolean outer = k.getDeclaringClass() == null;
            if (!Modifier.isPublic(m) && (outer || !Modifier.isProtected(m))) {
                return false;
            }
        }
        return true;
    }

    /** Every place where a public or protected signature of {@code c} names a type outside the API. */
    static List<String> leaks(Class<?> c, Set<String> exported, Set<String> transitive) {
        Checker k = new Checker(exported, transitive);
        String n = c.getName();
        k.type(c.getGenericSuperclass(), n + " (superclass)");
        for (Type t : c.getGenericInterfaces()) {
            k.type(t, n + " (interface)");
        }
        k.typeParameters(c.getTypeParameters(), n);
        for (Field f : c.getDeclaredFields()) {
            if (exposed(f.getModifiers(), c) && !f.isSynthetic()) {
                k.type(f.getGenericType(), n + "." + f.getName() + " (field)");
            }
        }
        for (Constructor<?> m : c.getDeclaredConstructors()) {
            if (exposed(m.getModifiers(), c) && !m.isSynthetic()) {
                k.executable(m, n + ".<init> (constructor)");
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (exposed(m.getModifiers(), c) && !m.isSynthetic() && !m.isBridge()) {
                k.type(m.getGenericReturnType(), n + "." + m.getName() + " (method return)");
                k.executable(m, n + "." + m.getName());
            }
        }
        if (c.isRecord()) {
            for (RecordComponent r : c.getRecordComponents()) {
                k.type(r.getGenericType(), n + "." + r.getName() + " (record component)");
            }
        }
        return k.found;
    }

    private static boolean exposed(int modifiers, Class<?> owner) {
        return Modifier.isPublic(modifiers)
                || Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers());
    }

    private static final class Checker {
        final Set<String> exported;
        final Set<String> transitive;
        final List<String> found = new ArrayList<>();
        final Set<Type> seen = new HashSet<>();

        Checker(Set<String> exported, Set<String> transitive) {
            this.exported = exported;
            this.transitive = transitive;
        }

        void executable(Executable e, String where) {
            for (Type t : e.getGenericParameterTypes()) {
                type(t, where + " (method parameter)");
            }
            for (Type t : e.getGenericExceptionTypes()) {
                type(t, where + " (exception)");
            }
            typeParameters(e.getTypeParameters(), where);
        }

        void typeParameters(TypeVariable<?>[] variables, String where) {
            for (TypeVariable<?> v : variables) {
                for (Type b : v.getBounds()) {
                    type(b, where + " (type parameter bound)");
                }
            }
        }

        void type(Type t, String where) {
            seen.clear();
            walk(t, where);
        }

        private void walk(Type t, String where) {
            if (t == null || !seen.add(t)) {
                return;
            }
            if (t instanceof Class<?> c) {
                if (c.isArray()) {
                    walk(c.getComponentType(), where + " (array)");
                } else if (!c.isPrimitive() && !allowed(c)) {
                    found.add(c.getName() + " in " + where);
                }
            } else if (t instanceof ParameterizedType p) {
                walk(p.getRawType(), where);
                walk(p.getOwnerType(), where);
                for (Type a : p.getActualTypeArguments()) {
                    walk(a, where + " (type argument)");
                }
            } else if (t instanceof WildcardType w) {
                for (Type b : w.getUpperBounds()) {
                    walk(b, where + " (wildcard bound)");
                }
                for (Type b : w.getLowerBounds()) {
                    walk(b, where + " (wildcard bound)");
                }
            } else if (t instanceof TypeVariable<?> v) {
                for (Type b : v.getBounds()) {
                    walk(b, where);
                }
            } else if (t instanceof GenericArrayType g) {
                walk(g.getGenericComponentType(), where + " (array)");
            }
        }

        private boolean allowed(Class<?> c) {
            if (c.getPackageName().startsWith("dev.autarky")) {
                return exported.contains(c.getPackageName());
            }
            return "java.base".equals(moduleOf(c)) || transitive.contains(moduleOf(c));
        }

        /** The module a class belongs to: the JDK's own, or the one its jar would be on the module path. */
        private static String moduleOf(Class<?> c) {
            if (c.getModule().isNamed()) {
                return c.getModule().getName();
            }
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "?";
            }
            try {
                return ModuleFinder.of(Path.of(source.getLocation().toURI())).findAll().stream()
                        .map(ModuleReference::descriptor).map(ModuleDescriptor::name).findFirst().orElse("?");
            } catch (java.net.URISyntaxException | RuntimeException e) {
                return "?";
            }
        }
    }

    /** A type that leaks an internal type everywhere it can (for the check of the check). */
    public static class Leaky extends InternalBase {
        public Checks field;

        public Leaky(Checks c) {
        }

        public Checks returned() {
            return null;
        }

        public void parameter(Checks c) {
        }

        public List<Checks> argument() {
            return null;
        }

        public List<? extends Checks> wildcard() {
            return null;
        }

        public Checks[] array() {
            return null;
        }

        public void thrower() throws InternalFailure {
        }

        /** A record that leaks through a component. */
        public record Component(Checks checks) {
        }

        /** Leaks through its component too, seen from the outer class's check. */
        public Component component() {
            return null;
        }

        protected void hidden(Checks c) {
        }
    }

    static class InternalBase {
    }

    /** An exception type outside the API. */
    static class InternalFailure extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Public members use only the API; private ones may use anything. */
    public static final class Clean {
        private Checks privateField;

        public dev.autarky.scenario.Scenario scenario(List<? super dev.autarky.result.SimulationResult> sink) {
            return null;
        }

        private Checks internal() {
            return privateField;
        }

        Checks packagePrivate() {
            return internal();
        }
    }
}
