package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Tracking codes and the sniffing of attachments. */
class PetitionValuesTests {

	@Test
	void aTrackingCodeIsTheDayAndItsSequenceNumber() {
		assertThat(PetitionCode.of(LocalDate.of(2022, 12, 27), 1).value()).isEqualTo("KN.20221227.0001");
		assertThat(PetitionCode.of(LocalDate.of(2022, 12, 27), 12345).value()).isEqualTo("KN.20221227.12345");
		assertThat(PetitionCode.parse(" kn.20221227.0001 ")).isEqualTo(new PetitionCode("KN.20221227.0001"));
		assertThat(PetitionCode.isValid("KN.2022127.0001")).isFalse();
		assertThatThrownBy(() -> new PetitionCode("KN.20221227.1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void attachmentsAreRecognisedByTheirContentNotTheirName() {
		byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
		byte[] zip = { 'P', 'K', 3, 4, 0, 0 };
		assertThat(AttachmentType.sniff("tra-loi.pdf", pdf)).contains(AttachmentType.PDF);
		assertThat(AttachmentType.sniff("bien-ban.docx", zip)).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.sniff("virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(AttachmentType.sniff("anh.png", pdf)).as("a PDF named .png").isEmpty();
		assertThat(AttachmentType.sniff("script.html", "<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

}
