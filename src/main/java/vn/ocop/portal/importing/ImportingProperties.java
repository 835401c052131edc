package vn.ocop.portal.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the importer ({@code ocop.importing.*}, see docs/import.md).
 *
 * @param maxFileSize    the largest file accepted (also set {@code spring.servlet.multipart.*})
 * @param workers        imports run at the same time on one node
 * @param queueCapacity  imports waiting on one node before new ones are refused
 * @param batchSize      rows handed to {@link SheetImporter#store} at a time
 * @param progressEvery  rows between two progress updates in the database
 * @param maxProblems    problems kept per job (the count goes on beyond)
 * @param abandonedAfter a queued or running job whose progress has not moved for this long is
 *                       marked failed when a node starts (its node crashed)
 */
@ConfigurationProperties("ocop.importing")
public record ImportingProperties(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("2") int workers,
		@DefaultValue("20") int queueCapacity, @DefaultValue("1000") int batchSize,
		@DefaultValue("2000") int progressEvery, @DefaultValue("10000") int maxProblems,
		@DefaultValue("15m") Duration abandonedAfter) {

	public ImportingProperties {
		if (workers < 1 || queueCapacity < 0 || batchSize < 1 || progressEvery < 1 || maxProblems < 1) {
			throw new IllegalArgumentException("ocop.importing: workers, batch-size, progress-every and max-problems must be positive");
		}
	}

}
