package io.arorp.env.sim.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A simulated cluster's objects while nobody uses the cluster: its stored objects deflated into one byte array. A
 * seeded cluster's objects take about 600 KB of heap live (JSON strings plus the mock's attribute index) and a few
 * tens of KB frozen, so a laptop RP holding a thousand finished clusters keeps them without filling its heap.
 *
 * @param bytes deflated: resourceVersion, changes, count, then each object's path and JSON (length-prefixed UTF-8)
 */
record FrozenObjects(byte[] bytes, long resourceVersion, long changes) {

    static FrozenObjects freeze(List<ClusterObjects.StoredObject> objects, long resourceVersion, long changes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(buffer, deflater, 8192))) {
            out.writeInt(objects.size());
            for (ClusterObjects.StoredObject object : objects) {
                write(out, object.path());
                write(out, object.json());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("freezing simulated cluster objects failed", e); // in memory: not expected
        } finally {
            deflater.end();
        }
        return new FrozenObjects(buffer.toByteArray(), resourceVersion, changes);
    }

    List<ClusterObjects.StoredObject> objects() {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
            int count = in.readInt();
            List<ClusterObjects.StoredObject> objects = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                objects.add(new ClusterObjects.StoredObject(read(in), read(in)));
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("thawing simulated cluster objects failed", e);
        }
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
