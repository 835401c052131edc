package vn.ocop.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/** Uploads to the media library: checked, resized, stored and audited. */
@Service
class MediaLibrary {

	private final Photos photos;

	private final PhotoProcessing processing;

	private final Auditor auditor;

	private final NewsroomAccess access;

	private final Clock clock;

	MediaLibrary(Photos photos, PhotoProcessing processing, Auditor auditor, NewsroomAccess access, Clock clock) {
		this.photos = photos;
		this.processing = processing;
		this.auditor = auditor;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	long upload(String fileName, byte[] bytes, String caption, String altText, String credit) {
		if (caption == null || caption.isBlank() || altText == null || altText.isBlank()) {
			throw new NewsRuleViolation("news.photo.rule.captionAndAlt");
		}
		PhotoProcessing.Resized resized = processing.process(bytes);
		String name = fileName == null || fileName.isBlank() ? "anh" : fileName.strip();
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		Instant now = clock.instant();
		long id = photos.insert(name, resized, caption.strip(), altText.strip(), credit == null ? "" : credit.strip(),
				access.actor(), now);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileName", name);
		after.put("mediaType", resized.mediaType());
		after.put("width", resized.width());
		after.put("height", resized.height());
		after.put("caption", caption.strip());
		after.put("altText", altText.strip());
		after.put("credit", credit == null ? "" : credit.strip());
		auditor.record(AuditRecord.created(Newsroom.MODULE, "NewsPhoto", String.valueOf(id), after));
		return id;
	}

}
