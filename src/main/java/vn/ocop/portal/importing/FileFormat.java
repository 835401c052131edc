package vn.ocop.portal.importing;

/** The two kinds of file the importer reads. */
enum FileFormat {

	/** An Excel workbook (Office Open XML, without macros), one or more sheets. */
	XLSX,
	/** UTF-8 text, comma- or semicolon-separated, one sheet named by a parameter or the file name. */
	CSV

}
