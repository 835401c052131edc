package vn.ocop.portal.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate limit of the public submission form, kept in the database (every node sees the same
 * counts): at most {@code ocop.petitions.submissions-per-hour} submissions per client in any hour.
 * A client is the SHA-256 of its address with a fixed prefix; the address itself is never stored.
 * Attempts older than a day are removed as new ones come in.
 */
@Component
class SubmissionLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final PetitionsProperties properties;

	private final Clock clock;

	SubmissionLimiter(JdbcClient jdbc, PetitionsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts an attempt of this client and says whether it is within the limit. The client's rows
	 * are locked by an advisory lock on its hash, so that parallel requests of one client on
	 * several nodes are counted one after the other.
	 */
	@Transactional
	boolean tryAcquire(String clientAddress) {
		String client = hash(clientAddress);
		Instant now = clock.instant();
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:client))").param("client", "ocop-petitions-" + client)
			.query(Object.class)
			.single();
		jdbc.sql("DELETE FROM petitions_submission_attempt WHERE attempted_at < :old")
			.param("old", PetitionStore.offset(now.minus(Duration.ofDays(1))))
			.update();
		long recent = jdbc.sql("SELECT count(*) FROM petitions_submission_attempt WHERE client_hash = :client AND attempted_at > :since")
			.param("client", client)
			.param("since", PetitionStore.offset(now.minus(WINDOW)))
			.query(Long.class)
			.single();
		if (recent >= properties.submissionsPerHour()) {
			return false;
		}
		jdbc.sql("INSERT INTO petitions_submission_attempt (client_hash, attempted_at) VALUES (:client, :now)")
			.param("client", client)
			.param("now", PetitionStore.offset(now))
			.update();
		return true;
	}

	private static String hash(String address) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(("ocop-petitions:" + address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
