package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Keeps {@code docs/import-sheets.md} in step with the code, as ModularityTests does for the
 * module docs: the sheet definitions of every {@link SheetImporter} bean of the real application
 * (not the tests' sheets) are rendered into the file, which is committed, so a change of a sheet
 * shows in the diff. The second test shows the rendering does describe a sheet.
 */
@SpringBootTest
class ImportSheetsDocumentationTests {

	static final Path DOCS = Path.of("docs/import-sheets.md");

	@Autowired
	Imports imports;

	@Autowired
	MessageSource messages;

	@Test
	void writesEveryRegisteredSheetIntoTheDocs() throws Exception {
		List<SheetDefinition> sheets = imports.allSheets();
		assertThat(sheets).as("test-only sheets stay out of the real application")
			.noneMatch(sheet -> sheet.name().startsWith("demo-"));

		String markdown = new SheetsMarkdown(messages).render(sheets);
		Files.writeString(DOCS, markdown, StandardCharsets.UTF_8);

		assertThat(Files.readString(DOCS)).startsWith("# Import sheets");
		sheets.forEach(sheet -> assertThat(markdown).contains("## " + sheet.name()));
	}

	@Test
	void rendersASheetWithItsColumnsTypesAndExamplesInBothLanguages() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("messages/importing");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		String markdown = new SheetsMarkdown(bundles).render(List.of(DemoSheets.DemoThings.DEFINITION));

		assertThat(markdown).contains("| 10 | [`demo-things`](#demo-things) | `things` |", "## demo-things",
				"| `ngay` | `date` | Ngày (dd/MM/yyyy) / Date (dd/MM/yyyy) | no |  |", "`27/12/2022`",
				"| `ma` | `code` | Mã (giữ số 0 đứng đầu) / Code (leading zeros kept) | yes | 40 |");
	}

}
