/**
 * Imports: the one spreadsheet and CSV importer through which provinces migrate their Excel files
 * (organisations, annual updates, union memberships, and later plans and OCOP products). XLSX
 * (read with POI's streaming event API, never as a whole workbook) and UTF-8 CSV; all-or-nothing
 * per file with a row-level problem report; idempotent re-imports; jobs in the database with a
 * progress bar; the same engine from the back office, the REST API and the jar's command line.
 * <p>
 * Public face, for sheet owners (the SPI): {@link vn.ocop.portal.importing.SheetImporter} with
 * {@link vn.ocop.portal.importing.SheetDefinition}, {@link vn.ocop.portal.importing.ColumnDefinition},
 * {@link vn.ocop.portal.importing.ColumnType}, {@link vn.ocop.portal.importing.ImportRow},
 * {@link vn.ocop.portal.importing.RowProblems}, {@link vn.ocop.portal.importing.ImportContext} and
 * {@link vn.ocop.portal.importing.StoreCounts}. For callers: {@link vn.ocop.portal.importing.Imports}
 * with its read views. See {@code docs/import.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports", allowedDependencies = { "audit", "identity" })
package vn.ocop.portal.importing;
