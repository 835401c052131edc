package vn.ocop.portal.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attaching PDF files to an article on its back-office page, removing them, and downloading them at
 * {@code /media/tep/{id}.pdf}: always as a download ({@code Content-Disposition: attachment}) of
 * type {@code application/pdf} with {@code nosniff}, and with the file's SHA-256 as ETag. A
 * published (or archived) article's files are public ({@code public, no-cache}: a proxy asks again
 * each time and gets a 304, so an unpublished file is not served from a cache); a draft's files
 * answer 404 to everyone but the newsroom ({@code private}).
 */
@Controller
class AttachmentController {

	private final ArticleAttachments attachments;

	private final Attachments store;

	private final NewsProperties properties;

	AttachmentController(ArticleAttachments attachments, Attachments store, NewsProperties properties) {
		this.attachments = attachments;
		this.store = store;
		this.properties = properties;
	}

	@PostMapping(NewsroomController.PATH + "/{id}/attachments")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String title, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new NewsRuleViolation("news.attachment.rule.empty");
			}
			if (file.getSize() > properties.maxAttachmentSize().toBytes()) {
				throw new NewsRuleViolation("news.attachment.rule.tooLarge");
			}
			attachments.attach(id, title, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("message", "news.attachment.flash.added");
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
			if (violation.messageKey().endsWith(".tooLarge")) {
				redirect.addFlashAttribute("problemArgs", new Object[] { properties.maxAttachmentSize().toMegabytes() });
			}
			redirect.addFlashAttribute("attachmentTitle", title);
		}
		return "redirect:" + NewsroomController.PATH + "/" + id + "#attachments";
	}

	@PostMapping(NewsroomController.PATH + "/{id}/attachments/{attachmentId}/delete")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String remove(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		try {
			attachments.remove(id, attachmentId);
			redirect.addFlashAttribute("message", "news.attachment.flash.removed");
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:" + NewsroomController.PATH + "/" + id + "#attachments";
	}

	@GetMapping("/media/tep/{attachmentId}.pdf")
	ResponseEntity<byte[]> download(@PathVariable long attachmentId, WebRequest request, HttpServletResponse response) {
		ArticleAttachments.Download download = attachments.downloadable(attachmentId)
			.orElseThrow(() -> new ArticleNotFound("attachment " + attachmentId));
		Attachment attachment = download.attachment();
		String cacheControl = download.publicly() ? "public, no-cache" : "private, no-cache";
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader("X-Content-Type-Options", "nosniff");
		// sets the ETag on the response, and answers 304 when the client has this file
		if (request.checkNotModified("\"" + attachment.sha256() + "\"")) {
			return null;
		}
		byte[] content = store.content(attachmentId).orElseThrow(() -> new ArticleNotFound("attachment " + attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()))
			.body(content);
	}

	/** {@code attachment; filename="ascii.pdf"; filename*=UTF-8''t%C3%AAn.pdf}: both, for old and new clients. */
	static String contentDisposition(String fileName) {
		String ascii = ContentDisposition.attachment().filename(PdfFiles.asciiFileName(fileName)).build().toString();
		String utf8 = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
		int star = utf8.indexOf("filename*=");
		return star < 0 ? ascii : ascii + "; " + utf8.substring(star);
	}

}
