package vn.ocop.portal.news;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Checks and resizes uploaded photos with the JDK's image I/O. The type is sniffed from the first
 * bytes (JPEG, PNG, GIF; the client's claimed content type and file name are ignored), the image
 * must decode and stay within {@link #MAX_PIXELS}, and it is redrawn (which drops metadata and any
 * trailing payload) at the page and thumbnail widths: photos as JPEG, images with transparency as
 * PNG.
 */
@Component
class PhotoProcessing {

	/** Refuses decompression bombs: 40 megapixels is more than any camera photo the portal needs. */
	static final long MAX_PIXELS = 40_000_000L;

	private final NewsProperties properties;

	PhotoProcessing(NewsProperties properties) {
		this.properties = properties;
	}

	/** The sniffed kind of the bytes, or null when they are not an image the portal takes. */
	static String sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				&& bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
			return "image/png";
		}
		if (bytes.length >= 6 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8') {
			return "image/gif";
		}
		return null;
	}

	/** Checks the upload and makes its two sizes; throws {@link NewsRuleViolation} on a bad file. */
	Resized process(byte[] bytes) {
		if (bytes.length == 0) {
			throw new NewsRuleViolation("news.photo.rule.empty");
		}
		if (bytes.length > properties.maxPhotoSize().toBytes()) {
			throw new NewsRuleViolation("news.photo.rule.tooLarge");
		}
		if (sniff(bytes) == null) {
			throw new NewsRuleViolation("news.photo.rule.notImage");
		}
		BufferedImage image = decode(bytes);
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage page = scale(image, properties.pageWidth(), alpha);
		BufferedImage thumb = scale(image, properties.thumbnailWidth(), alpha);
		String type = alpha ? "image/png" : "image/jpeg";
		return new Resized(type, page.getWidth(), page.getHeight(), encode(page, alpha), encode(thumb, alpha));
	}

	private static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new NewsRuleViolation("news.photo.rule.notImage");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS || pixels <= 0) {
					throw new NewsRuleViolation("news.photo.rule.tooManyPixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException broken) {
			if (broken instanceof NewsRuleViolation violation) {
				throw violation;
			}
			throw new NewsRuleViolation("news.photo.rule.notImage");
		}
	}

	/** Scales down to the width (never up), in halving steps for quality, then once bicubic. */
	private static BufferedImage scale(BufferedImage source, int maxWidth, boolean alpha) {
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage current = redraw(source, source.getWidth(), source.getHeight(), type);
		while (current.getWidth() / 2 >= maxWidth) {
			current = redraw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), type);
		}
		if (current.getWidth() > maxWidth) {
			int height = (int) Math.max(1, Math.round((double) current.getHeight() * maxWidth / current.getWidth()));
			current = redraw(current, maxWidth, height, type);
		}
		return current;
	}

	private static BufferedImage redraw(BufferedImage source, int width, int height, int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			if (type == BufferedImage.TYPE_INT_RGB) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	static byte[] encode(BufferedImage image, boolean png) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (png) {
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(output);
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.85f);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			finally {
				writer.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** The two sizes of an accepted photo. */
	record Resized(String mediaType, int width, int height, byte[] page, byte[] thumbnail) {
	}

}
