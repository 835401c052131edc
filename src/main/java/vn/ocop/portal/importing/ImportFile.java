package vn.ocop.portal.importing;

import java.nio.file.Path;

/**
 * An uploaded file that passed the file checks, kept in a temporary file for the two passes.
 *
 * @param path     the temporary copy, deleted when the job ends
 * @param name     the file's name as the user's computer called it (without folders)
 * @param format   what its content is (not its extension)
 * @param sha256   hex SHA-256 of the content, recorded to recognise the same file imported again
 * @param size     bytes
 * @param csvSheet for a CSV file, the sheet the user named (null: from the file name)
 */
record ImportFile(Path path, String name, FileFormat format, String sha256, long size, String csvSheet) {
}
