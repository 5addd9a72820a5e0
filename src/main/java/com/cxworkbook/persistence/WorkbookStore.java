package com.cxworkbook.persistence;

import com.cxworkbook.domain.Workbook;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes workbook files. Writing goes to a temp file in the same folder, is forced to disk and
 * then moved over the old file, so a crash mid-save leaves the previous version intact.
 */
public final class WorkbookStore {

    public static final String EXTENSION = ".cxwb";
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public Workbook read(Path file) throws WorkbookReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new WorkbookReadException("Could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Workbook read(String name, InputStream in) throws WorkbookReadException, IOException {
        byte[] bytes = BoundedReader.readAtMost(in, MAX_FILE_BYTES);
        if (bytes == null) {
            throw new WorkbookReadException(name + " is larger than " + MAX_FILE_BYTES / 1024 / 1024
                    + " MB, so it is not a workbook file.");
        }
        try {
            Workbook workbook = WorkbookJson.mapper().readValue(bytes, Workbook.class);
            if (workbook == null) {
                throw new WorkbookReadException(name + " is empty.");
            }
            return workbook;
        } catch (JsonProcessingException e) {
            throw new WorkbookReadException(name + " could not be opened: at " + JsonErrors.path(e) + ", "
                    + JsonErrors.message(e) + ".", e);
        }
    }

    public void write(Workbook workbook, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                WorkbookJson.mapper().writeValue(out, workbook);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
