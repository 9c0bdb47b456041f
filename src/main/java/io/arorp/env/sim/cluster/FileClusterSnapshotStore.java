package io.arorp.env.sim.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Snapshots as files, for dev and tests: {@code <sha-256 of id>.snapshot} holding the id on the first line and the
 * JSON after it (cluster ids are ARM resource ids, too long and too slashed for file names). Written to a temporary
 * file and moved into place, so a crash never leaves half a snapshot; owner-only where the file system allows.
 */
public final class FileClusterSnapshotStore implements ClusterSnapshotStore {
    private static final String SUFFIX = ".snapshot";
    private final Path directory;

    public FileClusterSnapshotStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create snapshot directory " + directory, e);
        }
    }

    @Override
    public void save(String clusterId, byte[] snapshotJson) {
        Path target = file(clusterId);
        try {
            Path temporary = Files.createTempFile(directory, "saving-", ".tmp");
            restrictToOwner(temporary);
            byte[] header = (clusterId + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOf(header, header.length + snapshotJson.length);
            System.arraycopy(snapshotJson, 0, content, header.length, snapshotJson.length);
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the snapshot of " + clusterId, e);
        }
    }

    @Override
    public Optional<byte[]> load(String clusterId) {
        Path file = file(clusterId);
        try {
            return Files.exists(file) ? Optional.of(read(file).json()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot of " + clusterId, e);
        }
    }

    @Override
    public void delete(String clusterId) {
        try {
            Files.deleteIfExists(file(clusterId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the snapshot of " + clusterId, e);
        }
    }

    @Override
    public List<String> clusterIds() {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                ids.add(read(file).id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshots in " + directory, e);
        }
        return ids;
    }

    private record Stored(String id, byte[] json) {
    }

    private static Stored read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        int newline = 0;
        while (newline < content.length && content[newline] != '\n') {
            newline++;
        }
        if (newline == content.length) {
            throw new IOException("snapshot file without id line: " + file);
        }
        return new Stored(new String(content, 0, newline, StandardCharsets.UTF_8),
                Arrays.copyOfRange(content, newline + 1, content.length));
    }

    private Path file(String clusterId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(clusterId.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
