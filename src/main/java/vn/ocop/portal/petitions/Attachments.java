package vn.ocop.portal.petitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to petitions (the petition's own, information added later, the signed answer)
 * and to conferences (the minutes), kept in the database so that every node serves them. The
 * type is sniffed from the content ({@link AttachmentType}) and the size checked against
 * {@code ocop.petitions.max-attachment-size}.
 */
@Component
class Attachments {

	enum Purpose {
		PETITION, ADDITION, ANSWER, MINUTES;

		String messageKey() {
			return "petitions.attachment." + name();
		}
	}

	/** A stored file as lists show it. */
	record AttachmentInfo(long id, Purpose purpose, String fileName, String mediaType, long size) {
	}

	/** A file's content for download. */
	record AttachmentContent(String fileName, String mediaType, byte[] content, Long petitionId, Long conferenceId) {
	}

	/** A checked upload, ready to store. */
	record Upload(String fileName, AttachmentType type, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final PetitionsProperties properties;

	private final Clock clock;

	Attachments(JdbcClient jdbc, PetitionsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Reads and checks an uploaded file; empty when no file was chosen.
	 *
	 * @throws PetitionRuleViolation when it is too large or not of an accepted type
	 */
	Optional<Upload> check(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		long max = properties.maxAttachmentSize().toBytes();
		String name = fileName(file.getOriginalFilename());
		if (file.getSize() > max) {
			throw new PetitionRuleViolation("petitions.rule.attachmentTooLarge", name, properties.maxAttachmentSize().toMegabytes());
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		if (content.length > max) {
			throw new PetitionRuleViolation("petitions.rule.attachmentTooLarge", name, properties.maxAttachmentSize().toMegabytes());
		}
		AttachmentType type = AttachmentType.sniff(name, content)
			.orElseThrow(() -> new PetitionRuleViolation("petitions.rule.attachmentType", name));
		return Optional.of(new Upload(name, type, content));
	}

	void storeForPetition(long petitionId, Purpose purpose, Upload upload, String actor) {
		store(petitionId, null, purpose, upload, actor);
	}

	void storeForConference(long conferenceId, Upload upload, String actor) {
		store(null, conferenceId, Purpose.MINUTES, upload, actor);
	}

	private void store(Long petitionId, Long conferenceId, Purpose purpose, Upload upload, String actor) {
		jdbc.sql("""
				INSERT INTO petitions_attachment (petition_id, conference_id, purpose, file_name, media_type, size_bytes, content,
				    uploaded_by, uploaded_at)
				VALUES (:petition, :conference, :purpose, :name, :type, :size, :content, :actor, :now)
				""")
			.param("petition", petitionId)
			.param("conference", conferenceId)
			.param("purpose", purpose.name())
			.param("name", upload.fileName())
			.param("type", upload.type().mediaType())
			.param("size", upload.content().length)
			.param("content", upload.content())
			.param("actor", actor)
			.param("now", PetitionStore.offset(clock.instant()))
			.update();
	}

	List<AttachmentInfo> ofPetition(long petitionId) {
		return list("petition_id", petitionId);
	}

	List<AttachmentInfo> ofConference(long conferenceId) {
		return list("conference_id", conferenceId);
	}

	/** The files of one owner; {@code ownerColumn} is one of two fixed column names, never input. */
	private List<AttachmentInfo> list(String ownerColumn, long ownerId) {
		return jdbc.sql("SELECT id, purpose, file_name, media_type, size_bytes FROM petitions_attachment"
				+ " WHERE " + ownerColumn + " = :id ORDER BY id")
			.param("id", ownerId)
			.query((rs, n) -> new AttachmentInfo(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getLong(5)))
			.list();
	}

	Optional<AttachmentContent> content(long id) {
		return jdbc.sql("SELECT file_name, media_type, content, petition_id, conference_id FROM petitions_attachment WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> {
				long petition = rs.getLong(4);
				Long petitionId = rs.wasNull() ? null : petition;
				long conference = rs.getLong(5);
				Long conferenceId = rs.wasNull() ? null : conference;
				return new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3), petitionId, conferenceId);
			})
			.optional();
	}

	/** The last path element of the name the browser sent, without control characters. */
	private static String fileName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "file";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

}
