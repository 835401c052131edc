package vn.ocop.portal.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFieldsTests {

	@Test
	void listsTopLevelKeysWhoseValuesDifferInOrderOfAppearance() {
		String before = """
				{"name": "HTX Ba Bể", "members": 12, "address": {"commune": "Thượng Giáo"}, "phone": "0209"}""";
		String after = """
				{"name": "HTX Ba Bể", "members": 15, "address": {"commune": "Chợ Rã"}, "email": "htx@babe.vn"}""";

		assertThat(ChangedFields.between(before, after)).containsExactly("members", "address", "phone", "email");
	}

	@Test
	void ignoresKeyOrderAndCountsEqualNestedValuesAsUnchanged() {
		assertThat(ChangedFields.between("""
				{"a": 1, "b": {"x": [1, 2]}}""", """
				{"b": {"x": [1, 2]}, "a": 1}""")).isEmpty();
	}

	@Test
	void everyFieldOfACreatedOrRemovedRecordCountsAsChanged() {
		assertThat(ChangedFields.between(null, """
				{"name": "HTX Ba Bể", "members": 12}""")).containsExactly("name", "members");
		assertThat(ChangedFields.between("""
				{"name": "HTX Ba Bể"}""", null)).containsExactly("name");
		assertThat(ChangedFields.between(null, null)).isEmpty();
	}

	@Test
	void comparesAValueThatIsNotAnObjectAsAWhole() {
		assertThat(ChangedFields.between("\"OPEN\"", "\"CLOSED\"")).containsExactly(ChangedFields.WHOLE_VALUE);
		assertThat(ChangedFields.between("3", "3")).isEmpty();
	}

	@Test
	void showsBothValuesSideBySide() {
		assertThat(ChangedFields.compare("""
				{"name": "HTX Ba Bể", "members": 12, "note": null}""", """
				{"name": "HTX Ba Bể", "members": 15, "tags": ["rice"]}""")).containsExactly(
				new ChangedFields.Field("name", "HTX Ba Bể", "HTX Ba Bể", false),
				new ChangedFields.Field("members", "12", "15", true),
				new ChangedFields.Field("note", "null", null, true),
				new ChangedFields.Field("tags", null, "[ \"rice\" ]", true));
	}

}
