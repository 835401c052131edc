package vn.ocop.portal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two test-only sheets, plugged into the importer the way the registry's sheets will be:
 * {@code demo-things} (code, name, date, amount) and {@code demo-parts}, whose rows refer to a
 * thing by its code (in the same file or already stored). They store into tables the tests create.
 * {@link DemoThings#failWhenStoring} makes the store pass throw, to prove the rollback.
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoSheets {

	@Bean
	DemoThings demoThings(JdbcClient jdbc) {
		return new DemoThings(jdbc);
	}

	@Bean
	DemoParts demoParts(JdbcClient jdbc) {
		return new DemoParts(jdbc);
	}

	static void createTables(JdbcClient jdbc) {
		jdbc.sql("""
				CREATE TABLE IF NOT EXISTS importing_test_thing (
				    code    VARCHAR(40) PRIMARY KEY,
				    name    VARCHAR(100) NOT NULL,
				    made_on DATE,
				    amount  NUMERIC(18, 2)
				)""").update();
		jdbc.sql("""
				CREATE TABLE IF NOT EXISTS importing_test_part (
				    code       VARCHAR(40) PRIMARY KEY,
				    thing_code VARCHAR(40) NOT NULL REFERENCES importing_test_thing (code),
				    quantity   BIGINT NOT NULL
				)""").update();
	}

	/** Things: a code (kept as text), a name, an optional date and amount. */
	static final class DemoThings implements SheetImporter<DemoThings.Thing> {

		static final String SHEET = "demo-things";

		static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "importing.test.things", "importing.test.things.description",
				ColumnDefinition.required("ma", ColumnType.CODE, "importing.test.column.code").alias("code").maxLength(40).example("VD-0001"),
				ColumnDefinition.required("ten", ColumnType.TEXT, "importing.test.column.name").alias("name").maxLength(100).example("Vật mẫu"),
				ColumnDefinition.optional("ngay", ColumnType.DATE, "importing.test.column.date").alias("date").example("27/12/2022"),
				ColumnDefinition.optional("so-tien", ColumnType.DECIMAL, "importing.test.column.amount").alias("amount").example("1.234,5"))
			.alias("things")
			.key("ma")
			.order(10);

		record Thing(String code, String name, LocalDate madeOn, BigDecimal amount) {
		}

		private final JdbcClient jdbc;

		/** A code whose batch makes {@link #store} throw (null: never). */
		final AtomicReference<String> failWhenStoring = new AtomicReference<>();

		DemoThings(JdbcClient jdbc) {
			this.jdbc = jdbc;
			createTables(jdbc);
		}

		@Override
		public SheetDefinition definition() {
			return DEFINITION;
		}

		@Override
		public Thing parse(ImportRow row, RowProblems problems) {
			return new Thing(row.code("ma"), row.text("ten"), row.date("ngay"), row.decimal("so-tien"));
		}

		@Override
		public String key(Thing row) {
			return row.code();
		}

		@Override
		public void check(Thing row, ImportContext context, RowProblems problems) {
			if (row.amount() != null && row.amount().signum() < 0) {
				problems.add("so-tien", "importing.test.problem.negative", row.amount());
			}
		}

		@Override
		public StoreCounts store(List<Thing> batch, ImportContext context) {
			String failing = failWhenStoring.get();
			if (failing != null && batch.stream().anyMatch(thing -> thing.code().equals(failing))) {
				throw new IllegalStateException("Simulated failure while storing " + failing);
			}
			List<Boolean> created = jdbc.sql("""
					INSERT INTO importing_test_thing (code, name, made_on, amount)
					SELECT * FROM unnest(CAST(:codes AS varchar[]), CAST(:names AS varchar[]), CAST(CAST(:dates AS varchar[]) AS date[]),
					                     CAST(CAST(:amounts AS varchar[]) AS numeric[]))
					ON CONFLICT (code) DO UPDATE SET name = excluded.name, made_on = excluded.made_on, amount = excluded.amount
					WHERE (importing_test_thing.name, importing_test_thing.made_on, importing_test_thing.amount)
					      IS DISTINCT FROM (excluded.name, excluded.made_on, excluded.amount)
					RETURNING (xmax = 0)
					""")
				.param("codes", batch.stream().map(Thing::code).toArray(String[]::new))
				.param("names", batch.stream().map(Thing::name).toArray(String[]::new))
				.param("dates", batch.stream().map(thing -> thing.madeOn() == null ? null : thing.madeOn().toString()).toArray(String[]::new))
				.param("amounts", batch.stream().map(thing -> thing.amount() == null ? null : thing.amount().toPlainString()).toArray(String[]::new))
				.query(Boolean.class)
				.list();
			long inserted = created.stream().filter(Boolean::booleanValue).count();
			return StoreCounts.ofBatch(batch.size(), inserted, created.size() - inserted);
		}

		@Override
		public boolean exists(String code) {
			return jdbc.sql("SELECT count(*) FROM importing_test_thing WHERE code = :code").param("code", code)
				.query(Long.class).single() > 0;
		}

	}

	/** Parts: each refers to a thing, in the same file or already stored. */
	static final class DemoParts implements SheetImporter<DemoParts.Part> {

		static final String SHEET = "demo-parts";

		record Part(String code, String thing, long quantity) {
		}

		private final JdbcClient jdbc;

		DemoParts(JdbcClient jdbc) {
			this.jdbc = jdbc;
			createTables(jdbc);
		}

		@Override
		public SheetDefinition definition() {
			return SheetDefinition.of(SHEET, "importing.test.parts", "importing.test.parts.description",
					ColumnDefinition.required("ma-phan", ColumnType.CODE, "importing.test.column.partCode").alias("part").maxLength(40).example("PH-0001"),
					ColumnDefinition.required("ma-vat", ColumnType.CODE, "importing.test.column.thing").alias("thing").maxLength(40).example("VD-0001"),
					ColumnDefinition.required("so-luong", ColumnType.INTEGER, "importing.test.column.quantity").alias("quantity").example("7.210"))
				.alias("parts")
				.key("ma-phan")
				.order(20);
		}

		@Override
		public Part parse(ImportRow row, RowProblems problems) {
			Long quantity = row.integer("so-luong");
			return new Part(row.code("ma-phan"), row.code("ma-vat"), quantity == null ? 0 : quantity);
		}

		@Override
		public String key(Part row) {
			return row.code();
		}

		@Override
		public void check(Part row, ImportContext context, RowProblems problems) {
			if (!context.exists(DemoThings.SHEET, row.thing())) {
				problems.add("ma-vat", "importing.problem.unknownReference", row.thing(), DemoThings.SHEET);
			}
		}

		@Override
		public StoreCounts store(List<Part> batch, ImportContext context) {
			List<Boolean> created = jdbc.sql("""
					INSERT INTO importing_test_part (code, thing_code, quantity)
					SELECT * FROM unnest(CAST(:codes AS varchar[]), CAST(:things AS varchar[]), CAST(CAST(:quantities AS varchar[]) AS bigint[]))
					ON CONFLICT (code) DO UPDATE SET thing_code = excluded.thing_code, quantity = excluded.quantity
					WHERE (importing_test_part.thing_code, importing_test_part.quantity)
					      IS DISTINCT FROM (excluded.thing_code, excluded.quantity)
					RETURNING (xmax = 0)
					""")
				.param("codes", batch.stream().map(Part::code).toArray(String[]::new))
				.param("things", batch.stream().map(Part::thing).toArray(String[]::new))
				.param("quantities", batch.stream().map(part -> Long.toString(part.quantity())).toArray(String[]::new))
				.query(Boolean.class)
				.list();
			long inserted = created.stream().filter(Boolean::booleanValue).count();
			return StoreCounts.ofBatch(batch.size(), inserted, created.size() - inserted);
		}

	}

}
