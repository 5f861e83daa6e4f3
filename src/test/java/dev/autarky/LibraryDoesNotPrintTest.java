package dev.autarky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library prints nothing: outside the command line ({@code dev.autarky.cli}, which owns the
 * console), no class of {@code target/classes} reads {@code System.out} or {@code System.err}, calls
 * {@code printStackTrace()} or {@code System.console()}. It logs through {@link System.Logger},
 * whose binding the application chooses. Checked in the bytecode (the constant pool's field and
 * method references), so no route around a source scan counts.
 */
class LibraryDoesNotPrintTest {

    @Test
    void noLibraryClassOutsideTheCommandLineWritesToTheConsole() throws Exception {
        Path classes = ModulePathTest.classes();
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                if (classes.relativize(f).startsWith(Path.of("dev", "autarky", "cli"))) {
                    continue;
                }
                checked++;
                try (InputStream in = Files.newInputStream(f)) {
                    for (String ref : consoleReferences(in)) {
                        offenders.add(classes.relativize(f) + ": " + ref);
                    }
                }
            }
        }
        assertTrue(checked > 100, "library classes found: " + checked);
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckSeesAPrintln() throws IOException {
        try (InputStream in = Printer.class.getResourceAsStream("LibraryDoesNotPrintTest$Printer.class")) {
            assertEquals(List.of("java/lang/System.out", "java/lang/Exception.printStackTrace"), consoleReferences(in));
        }
    }

    /** Prints, for the check of the check. */
    static final class Printer {
        static void print(Exception e) {
            System.out.println("x");
            e.printStackTrace();
        }
    }

    /** Field and method references of a class file that reach the console. */
    static List<String> consoleReferences(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[][] refs = new int[count][]; // {kind, class index, name-and-type index}
        int[] classNames = new int[count];
        int[] nameOfNameAndType = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort(); // string, method type, module, package
                case 9, 10, 11 -> refs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameOfNameAndType[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two entries
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt(); // (invoke)dynamic
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> found = new ArrayList<>();
        for (int[] ref : refs) {
            if (ref == null) {
                continue;
            }
            String owner = utf8[classNames[ref[1]]];
            String name = utf8[nameOfNameAndType[ref[2]]];
            boolean console = ref[0] == 9 ? owner.equals("java/lang/System") && (name.equals("out") || name.equals("err"))
                    : name.equals("printStackTrace") || owner.equals("java/lang/System") && name.equals("console");
            if (console) {
                found.add(owner + "." + name);
            }
        }
        return found;
    }
}
