package vn.ocop.portal.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers that tests store where the database wants them unique, handed out in blocks: no two
 * blocks of one run overlap, so two tests never ask for the same number (a random number for each
 * test met another test's about once in a few hundred runs for product codes, and once in a few
 * thousand for tax codes). Blocks follow each other from a random start, so that runs against a
 * database kept from an earlier run seldom meet that run's numbers either.
 * <ul>
 * <li>{@link #block()}: ten-digit tax codes and registration numbers, from 5,000,000,000 on, above
 * the demo data's ({@code 47001xxxxx}) and the tests' fixed ones;</li>
 * <li>{@link #productSequences()}: the sequence part of OCOP product codes ({@code 06-061-123-2021}),
 * 100 to 989, above the demo data's and the fixed ones of the tests (001 to 099).</li>
 * </ul>
 */
public final class TestNumbers {

	/** Numbers in a block: {@code first + 1} to {@code first + BLOCK - 1}. */
	public static final int BLOCK = 10_000;

	private static final long FIRST = 5_000_000_000L;

	private static final long BLOCKS = 400_000;   // up to 8,999,999,999: always ten digits

	private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(BLOCKS));

	private static final int SEQUENCE_BLOCKS = 89;   // 100..109 up to 980..989

	private static final AtomicLong NEXT_SEQUENCES = new AtomicLong(ThreadLocalRandom.current().nextLong(SEQUENCE_BLOCKS));

	private TestNumbers() {
	}

	/** The number before a fresh block: {@code block() + i} for {@code i} in 1..{@value #BLOCK}-1 is this caller's own. */
	public static long block() {
		return FIRST + Math.floorMod(NEXT.getAndIncrement(), BLOCKS) * BLOCK;
	}

	/** The number before ten product sequences: {@code productSequences() + i} for {@code i} in 1..9 is this caller's own. */
	public static int productSequences() {
		return 100 + (int) Math.floorMod(NEXT_SEQUENCES.getAndIncrement(), SEQUENCE_BLOCKS) * 10 - 1;
	}
}
