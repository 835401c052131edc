package vn.ocop.portal.importing;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of the back office.
 *
 * @param file  the .xlsx or .csv file
 * @param sheet for a CSV file, the sheet it holds (empty: from the file name, e.g. {@code to-chuc.csv})
 */
record ImportUploadForm(MultipartFile file, String sheet) {

	static ImportUploadForm empty() {
		return new ImportUploadForm(null, "");
	}

}
