package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The list index's vocabulary finds the indexed words that contain a query's word as SQL's
 * {@code LIKE '%word%'} does, over the words of every segment (the first build's and the changes'
 * written since).
 */
class OrganisationListIndexVocabularyTests {

	@Test
	void findsEveryWordContainingTheWordWhereverItIsAndOnlyThose() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(document("hop", "tac", "xa", "chop", "hophop"));
			writer.commit();
			// a second segment, as a change after the build writes one
			writer.addDocument(document("shop", "ho", "xanh", "a"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				OrganisationListIndex.Vocabulary vocabulary = OrganisationListIndex.Vocabulary.of(reader);

				assertThat(vocabulary.size()).isEqualTo(9);
				assertThat(words(vocabulary.containing("hop"))).containsExactly("chop", "hop", "hophop", "shop");
				assertThat(words(vocabulary.containing("ho"))).containsExactly("chop", "ho", "hop", "hophop", "shop");
				assertThat(words(vocabulary.containing("a"))).containsExactly("a", "tac", "xa", "xanh");
				assertThat(words(vocabulary.containing("xanh"))).containsExactly("xanh");
				assertThat(words(vocabulary.containing("pt"))).isEmpty();
				assertThat(words(vocabulary.containing("hophopx"))).isEmpty();
			}
		}
	}

	@Test
	void anIndexWithoutWordsFindsNothing() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(new Document());
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				OrganisationListIndex.Vocabulary vocabulary = OrganisationListIndex.Vocabulary.of(reader);

				assertThat(vocabulary.size()).isZero();
				assertThat(vocabulary.containing("hop")).isEmpty();
			}
		}
	}

	private static Document document(String... words) {
		Document document = new Document();
		for (String word : words) {
			document.add(new StringField(OrganisationListIndex.WORD, word, Field.Store.NO));
		}
		return document;
	}

	private static List<String> words(List<BytesRef> found) {
		return found.stream().map(BytesRef::utf8ToString).toList();
	}

}
