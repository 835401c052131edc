package vn.ocop.portal.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the before and after values of an audit entry key by key, for display: which top-level
 * fields changed, and each field's value before and after side by side. A value that is not a JSON
 * object is compared as a whole under the pseudo-field {@code $}.
 */
final class ChangedFields {

	static final String WHOLE_VALUE = "$";

	private static final JsonMapper JSON = JsonMapper.shared();

	private ChangedFields() {
	}

	/** The top-level keys whose values differ (a key present on one side only counts as changed). */
	static List<String> between(String beforeJson, String afterJson) {
		return compare(beforeJson, afterJson).stream().filter(Field::changed).map(Field::name).toList();
	}

	/** Every top-level field of both sides, before's keys first, with both values as display text. */
	static List<Field> compare(String beforeJson, String afterJson) {
		Map<String, JsonNode> before = fields(beforeJson);
		Map<String, JsonNode> after = fields(afterJson);
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		List<Field> result = new ArrayList<>(names.size());
		for (String name : names) {
			JsonNode old = before.get(name);
			JsonNode now = after.get(name);
			result.add(new Field(name, display(old), display(now), !Objects.equals(old, now)));
		}
		return result;
	}

	/** The JSON text indented for reading; null stays null. */
	static String pretty(String json) {
		return json == null ? null : JSON.readTree(json).toPrettyString();
	}

	private static Map<String, JsonNode> fields(String json) {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		if (json == null) {
			return fields;
		}
		JsonNode node = JSON.readTree(json);
		if (node.isObject()) {
			node.properties().forEach(property -> fields.put(property.getKey(), property.getValue()));
		}
		else if (!node.isNull() && !node.isMissingNode()) {
			fields.put(WHOLE_VALUE, node);
		}
		return fields;
	}

	/** Strings as they are, objects and arrays indented, other values as JSON; absent: null. */
	private static String display(JsonNode value) {
		if (value == null) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		return value.isContainer() ? value.toPrettyString() : value.toString();
	}

	/**
	 * One field side by side.
	 *
	 * @param name    the key
	 * @param before  the value before as text ({@code null}: absent)
	 * @param after   the value after as text ({@code null}: absent)
	 * @param changed whether the values differ
	 */
	record Field(String name, String before, String after, boolean changed) {
	}

}
