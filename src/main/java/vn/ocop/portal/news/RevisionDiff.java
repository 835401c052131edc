package vn.ocop.portal.news;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A line diff of two versions of an article (java-diff-utils' Myers diff): title, lead, author
 * line and tags are one line each, the body one line per top-level block, as HTML source so that
 * a changed link or image shows too. Lines are shown escaped.
 */
final class RevisionDiff {

	private RevisionDiff() {
	}

	static List<String> lines(String title, String lead, String authorLine, List<String> tags, String bodyHtml) {
		List<String> lines = new ArrayList<>();
		lines.add("# " + title);
		lines.add("> " + lead);
		lines.add("@ " + authorLine);
		lines.add("# " + String.join(", ", tags));
		for (Node node : Jsoup.parseBodyFragment(bodyHtml).body().childNodes()) {
			String line = node instanceof Element element ? element.outerHtml() : node.outerHtml();
			line = line.replaceAll("\\s+", " ").strip();
			if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** The rows from {@code older} to {@code newer}: unchanged, removed and added lines in order. */
	static List<Row> between(List<String> older, List<String> newer) {
		Patch<String> patch = DiffUtils.diff(older, newer);
		List<Row> rows = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			while (position < delta.getSource().getPosition()) {
				rows.add(new Row(Change.SAME, older.get(position++)));
			}
			delta.getSource().getLines().forEach(line -> rows.add(new Row(Change.REMOVED, line)));
			delta.getTarget().getLines().forEach(line -> rows.add(new Row(Change.ADDED, line)));
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		while (position < older.size()) {
			rows.add(new Row(Change.SAME, older.get(position++)));
		}
		return rows;
	}

	enum Change {

		SAME, REMOVED, ADDED;

		public String cssClass() {
			return "diff__" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	record Row(Change change, String text) {

		public String cssClass() {
			return change.cssClass();
		}

	}

}
