package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.OFFICER;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Photo uploads: the type is sniffed from the bytes, sizes are made, caption and alt are required. */
@NewsIntegrationTest
class MediaLibraryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Photos photos;

	@Test
	void aPhotoIsRecognisedByItsBytesNotItsClaimAndScaledToPageAndThumbnailSizes() throws Exception {
		String caption = "Vườn cam của hợp tác xã " + unique();
		MockMultipartFile file = new MockMultipartFile("file", "vuon-cam.txt", "text/plain",
				NewsPublicIntegrationTests.png(2400, 1600));
		mvc.perform(multipart("/backoffice/news/media").file(file).param("caption", caption).param("altText", "Cây cam sai quả")
				.param("credit", "Nhóm thử").with(csrf()).with(authentication(EDITOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "news.photo.flash.uploaded"));

		Photo photo = photos.list(caption, 0, 1).getContent().get(0);
		assertThat(photo.mediaType()).isEqualTo("image/jpeg");
		assertThat(photo.width()).isEqualTo(1200);
		assertThat(photo.height()).isEqualTo(800);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photos.bytes(photo.id(), true).orElseThrow()));
		assertThat(thumbnail.getWidth()).isEqualTo(400);

		mvc.perform(get(photo.thumbnailPath()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("immutable")));
		mvc.perform(get("/backoffice/news/media").param("q", caption).with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caption)))
			.andExpect(content().string(containsString("&lt;figure&gt;&lt;img src=&quot;" + photo.pagePath())));
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedWhateverItClaims() throws Exception {
		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/backoffice/news/media").file(new MockMultipartFile("file", "anh.png", "image/png", page))
				.param("caption", "Ảnh giả").param("altText", "Ảnh giả").with(csrf()).with(authentication(EDITOR)))
			.andExpect(flash().attribute("problem", "news.photo.rule.notImage"));
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/backoffice/news/media").file(new MockMultipartFile("file", "logo.svg", "image/svg+xml", svg))
				.param("caption", "Biểu trưng").param("altText", "Biểu trưng").with(csrf()).with(authentication(EDITOR)))
			.andExpect(flash().attribute("problem", "news.photo.rule.notImage"));
		byte[] truncated = java.util.Arrays.copyOf(NewsPublicIntegrationTests.png(300, 200), 60);
		mvc.perform(multipart("/backoffice/news/media").file(new MockMultipartFile("file", "hong.png", "image/png", truncated))
				.param("caption", "Ảnh hỏng").param("altText", "Ảnh hỏng").with(csrf()).with(authentication(EDITOR)))
			.andExpect(flash().attribute("problem", "news.photo.rule.notImage"));
	}

	@Test
	void captionAndAltTextAreRequiredAndOnlyTheNewsroomUploads() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "a.png", "image/png", NewsPublicIntegrationTests.png(100, 80));
		mvc.perform(multipart("/backoffice/news/media").file(file).param("caption", "Có chú thích").param("altText", " ")
				.with(csrf()).with(authentication(EDITOR)))
			.andExpect(flash().attribute("problem", "news.photo.rule.captionAndAlt"));
		mvc.perform(multipart("/backoffice/news/media").file(file).param("caption", "x").param("altText", "x")
				.with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/backoffice/news/media").file(file).param("caption", "x").param("altText", "x")
				.with(authentication(EDITOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void sniffingKnowsJpegPngAndGifByTheirFirstBytes() {
		assertThat(PhotoProcessing.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo("image/jpeg");
		assertThat(PhotoProcessing.sniff(NewsPublicIntegrationTests.png(2, 2))).isEqualTo("image/png");
		assertThat(PhotoProcessing.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/gif");
		assertThat(PhotoProcessing.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

}
