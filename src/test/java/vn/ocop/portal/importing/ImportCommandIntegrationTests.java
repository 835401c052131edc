package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The jar's {@code import} command, as its runner bean: the problems printed in Vietnamese and
 * English with a non-zero exit status, the summary on success, the account named by {@code --as}
 * or the system actor. (The runner is tested directly: {@code System.exit} is
 * {@code OcopPortalApplication.main}'s business.)
 */
@ImportingIntegrationTest
class ImportCommandIntegrationTests {

	@Autowired
	Imports imports;

	@Autowired
	ImportMessages messages;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	final String prefix = DemoFiles.uniquePrefix();

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void printsEveryProblemInBothLanguagesAndSignalsFailure() {
		List<List<Object>> rows = DemoFiles.things(prefix, 3);
		rows.get(1).set(1, null);
		rows.get(2).set(3, "1,234.5");
		Path file = DemoFiles.xlsx(folder, "vat.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, rows));

		ImportCommand command = command();
		command.run(new DefaultApplicationArguments("--file=" + file, "--ocop.command=import"));

		assertThat(command.getExitCode()).isEqualTo(ImportCommand.NOT_IMPORTED);
		assertThat(output()).contains("Nhập tệp vat.xlsx", ": Không thành công", "Import of vat.xlsx", ": Failed",
				"2 lỗi (trang tính, dòng, cột, giá trị, lý do):", "2 problems (sheet, row, column, value, reason):",
				"- demo-things, dòng 3, cột Tên, giá trị \"\"", "    Thiếu giá trị ở cột bắt buộc.", "    A value is required in this column.",
				"- demo-things, dòng 4, cột Số tiền, giá trị \"1,234.5\"", "    Không phải số (ví dụ 1.234,5 hoặc 1234.5).",
				"    Not a number (e.g. 1.234,5 or 1234.5).");
		assertThat(stored()).isZero();
	}

	@Test
	void printsTheSummaryAndSucceedsAsTheSystemByDefault() {
		Path file = DemoFiles.writeUtf8(folder, "demo-things.csv", DemoFiles.csv(DemoFiles.THING_HEADERS, DemoFiles.things(prefix, 1_500)));

		ImportCommand command = command();
		command.run(new DefaultApplicationArguments("--file=" + file));

		assertThat(command.getExitCode()).isEqualTo(ImportCommand.IMPORTED);
		assertThat(output()).contains(": Thành công", ": Succeeded", "demo-things: 1.500 dòng, 1.500 mới, 0 cập nhật, 0 không đổi",
				"demo-things: 1,500 rows, 1,500 new, 0 updated, 0 unchanged");
		assertThat(stored()).isEqualTo(1_500);
		assertThat(jdbc.sql("""
				SELECT a.actor FROM audit_entry a JOIN import_job j ON a.entity_id = CAST(j.id AS varchar)
				WHERE j.file_name = 'demo-things.csv' AND a.action = 'IMPORTED' ORDER BY a.id DESC LIMIT 1""")
			.query(String.class).single()).isEqualTo("system");
	}

	@Test
	void importsAsTheNamedAccountWithItsRole() {
		Path file = DemoFiles.writeUtf8(folder, "demo-things.csv", DemoFiles.csv(DemoFiles.THING_HEADERS, DemoFiles.things(prefix, 2)));

		ImportCommand asOfficer = command();
		asOfficer.run(new DefaultApplicationArguments("--file=" + file, "--as=canbo.tinh"));
		assertThat(asOfficer.getExitCode()).isEqualTo(ImportCommand.IMPORTED);
		assertThat(jdbc.sql("SELECT submitted_by FROM import_job WHERE sha256 = (SELECT sha256 FROM import_job ORDER BY submitted_at DESC LIMIT 1) "
				+ "ORDER BY submitted_at DESC LIMIT 1").query(String.class).single()).isEqualTo("canbo.tinh");

		ImportCommand asEditor = command();
		asEditor.run(new DefaultApplicationArguments("--file=" + file, "--as=bientap"));
		assertThat(asEditor.getExitCode()).isEqualTo(ImportCommand.NOT_IMPORTED);
		assertThat(output()).contains("Bạn không có quyền nhập trang tính \"demo-things\".");
	}

	@Test
	void wrongUsageExitsWithTwo() {
		ImportCommand noFile = command();
		noFile.run(new DefaultApplicationArguments());
		assertThat(noFile.getExitCode()).isEqualTo(ImportCommand.USAGE);
		assertThat(output()).contains("Usage: java -jar ocop-portal.jar import --file=");

		ImportCommand missing = command();
		missing.run(new DefaultApplicationArguments("--file=" + folder.resolve("khong-co.xlsx")));
		assertThat(missing.getExitCode()).isEqualTo(ImportCommand.USAGE);

		ImportCommand nobody = command();
		nobody.run(new DefaultApplicationArguments("--file=" + DemoFiles.writeUtf8(folder, "demo-things.csv", "ma,ten\n"), "--as=khong.ai"));
		assertThat(nobody.getExitCode()).isEqualTo(ImportCommand.USAGE);
		assertThat(output()).contains("Không có tài khoản đang hoạt động tên khong.ai.");
	}

	@Test
	void refusedFilesAreReportedAndSignalFailure() {
		ImportCommand command = command();
		command.run(new DefaultApplicationArguments("--file=" + DemoFiles.write(folder, "demo-things.csv", "ma,ten\n1,Café\n",
				StandardCharsets.ISO_8859_1, false)));

		assertThat(command.getExitCode()).isEqualTo(ImportCommand.NOT_IMPORTED);
		assertThat(output()).contains("không phải văn bản UTF-8", "is not UTF-8 text");
	}

	private ImportCommand command() {
		return new ImportCommand(imports, messages, accounts, "06", new PrintStream(printed, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return printed.toString(StandardCharsets.UTF_8);
	}

	private long stored() {
		return jdbc.sql("SELECT count(*) FROM importing_test_thing WHERE code LIKE :prefix").param("prefix", prefix + "%")
			.query(Long.class).single();
	}

}
