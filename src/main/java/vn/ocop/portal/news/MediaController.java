package vn.ocop.portal.news;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The media library in the back office (upload with caption and alt text, list with the snippet
 * to paste into an article), and the public photo files at {@code /media/anh/{id}/{size}.{ext}}:
 * a photo never changes once uploaded, so its files are cached for a year.
 */
@Controller
class MediaController {

	static final String PATH = "/backoffice/news/media";

	private final MediaLibrary library;

	private final Photos photos;

	private final NewsProperties properties;

	MediaController(MediaLibrary library, Photos photos, NewsProperties properties) {
		this.library = library;
		this.photos = photos;
		this.properties = properties;
	}

	@GetMapping(PATH)
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String showLibrary(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		String words = q == null ? "" : q.strip();
		Page<Photo> result = photos.list(words, NewsForms.pageIndex(page), properties.pageSize() * 2);
		model.addAttribute("photos", result);
		model.addAttribute("filterText", words);
		model.addAttribute("maxSizeMb", properties.maxPhotoSize().toMegabytes());
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("q", Optional.of(words).filter(text -> !text.isEmpty()))
			.encode()
			.toUriString());
		return "news/backoffice/media";
	}

	@PostMapping(PATH)
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String caption,
			@RequestParam(required = false) String altText, @RequestParam(required = false) String credit,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file.getSize() > properties.maxPhotoSize().toBytes()) {
				throw new NewsRuleViolation("news.photo.rule.tooLarge");
			}
			long id = library.upload(file.getOriginalFilename(), file.getBytes(), caption, altText, credit);
			redirect.addFlashAttribute("message", "news.photo.flash.uploaded");
			redirect.addFlashAttribute("uploaded", id);
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
			redirect.addFlashAttribute("caption", caption);
			redirect.addFlashAttribute("altText", altText);
			redirect.addFlashAttribute("credit", credit);
		}
		return "redirect:" + PATH;
	}

	@GetMapping("/media/anh/{id}/{size:trang|nho}.{extension:jpg|png}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable String size, @PathVariable String extension) {
		Photo photo = photos.find(id).orElseThrow(() -> new ArticleNotFound("photo " + id));
		if (!photo.path(size).endsWith("." + extension)) {
			throw new ArticleNotFound("photo " + id + " as " + extension);
		}
		byte[] bytes = photos.bytes(id, "nho".equals(size)).orElseThrow(() -> new ArticleNotFound("photo " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
