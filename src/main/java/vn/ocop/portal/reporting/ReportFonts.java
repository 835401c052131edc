package vn.ocop.portal.reporting;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * The embedded Unicode font of the documents and charts (DejaVu Sans, {@code reporting/fonts},
 * licence in {@code LICENSE.txt} there): its glyphs cover Vietnamese, whatever fonts the server has.
 */
final class ReportFonts {

	static final String REGULAR = "reporting/fonts/DejaVuSans.ttf";

	static final String BOLD = "reporting/fonts/DejaVuSans-Bold.ttf";

	private static final Font AWT_REGULAR = load(REGULAR);

	private static final Font AWT_BOLD = load(BOLD);

	private ReportFonts() {
	}

	static InputStream open(String resource) throws IOException {
		return new ClassPathResource(resource).getInputStream();
	}

	/** The font for charts, regular or bold, at the size. */
	static Font awt(boolean bold, float size) {
		return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
	}

	private static Font load(String resource) {
		try (InputStream in = open(resource)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Unreadable font " + resource, ex);
		}
	}

}
