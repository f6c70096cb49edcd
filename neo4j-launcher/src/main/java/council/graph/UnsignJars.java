package council.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes jar signatures from the launcher's copies of its dependency jars (target/lib), once,
 * after Maven copies them. Two signed jars (eclipse-collections) cost the embedded Neo4j a
 * signature check on start-up and on every class read from them, and the JVM leaves classes of
 * signed jars out of a class-data archive (see classDataArchive.ts). Maven already checked the
 * downloads against their checksums; the originals in ~/.m2 keep their signatures.
 *
 * Usage: UnsignJars DIR — rewrites each signed *.jar in DIR; prints one line per rewritten jar.
 */
public final class UnsignJars {
    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: UnsignJars DIR");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (isSigned(jar)) {
                    unsign(jar);
                    System.out.println("unsigned " + jar.getFileName());
                }
            }
        }
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> SIGNATURE_FILE.matcher(entry.getName()).matches());
        }
    }

    /** Copies every entry but the signature files, and the manifest without its per-entry digests. */
    private static void unsign(Path jar) throws IOException {
        Path temporary = jar.resolveSibling(jar.getFileName() + ".unsigning");
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (SIGNATURE_FILE.matcher(entry.getName()).matches()) continue;
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equalsIgnoreCase(MANIFEST)) writeMainSection(in, out);
                    else in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        // A rename, so that a JVM reading the jar meanwhile sees the old file or the new one, whole.
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeMainSection(InputStream in, OutputStream out) throws IOException {
        Manifest manifest = new Manifest(in);
        manifest.getEntries().clear(); // the digests only the removed signature refers to
        manifest.write(out);
    }
}
