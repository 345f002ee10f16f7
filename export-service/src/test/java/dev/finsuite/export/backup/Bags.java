package dev.finsuite.export.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers that open a bag, change it and zip it again (with or without fresh manifests). */
final class Bags {

    private Bags() {}

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The bag with both manifests computed afresh over what it now holds: only the checks beyond checksums remain. */
    static Map<String, byte[]> resealed(Map<String, byte[]> entries) {
        Map<String, byte[]> bag = new LinkedHashMap<>(entries);
        StringBuilder manifest = new StringBuilder();
        long[] oxum = {0, 0};
        bag.forEach((path, content) -> {
            if (path.startsWith("data/")) {
                manifest.append(Bag.hex(content)).append("  ").append(path).append('\n');
                oxum[0] += content.length;
                oxum[1]++;
            }
        });
        bag.put(
                Bag.BAG_INFO,
                text(bag, Bag.BAG_INFO)
                        .replaceAll("Payload-Oxum: \\d+\\.\\d+", "Payload-Oxum: " + oxum[0] + "." + oxum[1])
                        .getBytes(StandardCharsets.UTF_8));
        bag.put(Bag.MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder tags = new StringBuilder();
        for (String tag : List.of(Bag.BAGIT, Bag.BAG_INFO, Bag.MANIFEST)) {
            tags.append(Bag.hex(bag.get(tag))).append("  ").append(tag).append('\n');
        }
        bag.put(Bag.TAG_MANIFEST, tags.toString().getBytes(StandardCharsets.UTF_8));
        return bag;
    }

    static String text(Map<String, byte[]> entries, String path) {
        return new String(entries.get(path), StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> with(Map<String, byte[]> entries, String path, String content) {
        Map<String, byte[]> bag = new LinkedHashMap<>(entries);
        bag.put(path, content.getBytes(StandardCharsets.UTF_8));
        return bag;
    }
}
