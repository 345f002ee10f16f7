package dev.finsuite.export.job;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A job's file as it is written: bytes are gathered into chunks of a fixed size and each full chunk is stored
 * at once, so a file of any size holds one chunk in memory. Counts and hashes what passes, for the job resource's
 * {@code sizeBytes} and {@code sha256}. Stops with {@link JobCancelled} once the job is no longer this worker's.
 */
final class JobFile extends OutputStream {

    private final ExportJobs jobs;
    private final RunningJob job;
    private final byte[] buffer;
    private final MessageDigest sha256;
    private int filled;
    private int seq;
    private long size;
    private boolean closed;

    JobFile(ExportJobs jobs, RunningJob job, int chunkSize) {
        this.jobs = jobs;
        this.job = job;
        this.buffer = new byte[chunkSize];
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("The job's file is closed");
        }
        if (job.stopped()) {
            throw new JobCancelled();
        }
        sha256.update(bytes, offset, length);
        size += length;
        while (length > 0) {
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
            if (filled == buffer.length) {
                store();
            }
        }
    }

    /** Stores the last, partial chunk; a flush of the writers above does not cut a chunk short. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            if (filled > 0) {
                store();
            }
            closed = true;
        }
    }

    long size() {
        return size;
    }

    /** The hex SHA-256 of the whole file; once closed. */
    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void store() throws IOException {
        if (!jobs.appendChunk(job.claim, seq, Arrays.copyOf(buffer, filled))) {
            job.stop();
            throw new JobCancelled();
        }
        seq++;
        filled = 0;
    }
}
