package vn.ocop.portal.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The public JSON API over real HTTP. */
@UnitsIntegrationTest
class UnitApiIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void bacKanProvinceAtTheEndOf2022HasExactlyItsEightDistricts() {
		http.get().uri("/api/v1/units/provinces/06?date=2022-12-31").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.province.code").isEqualTo("06")
			.jsonPath("$.province.name").isEqualTo("Tỉnh Bắc Kạn")
			.jsonPath("$.province.kind").isEqualTo("tỉnh")
			.jsonPath("$.successorOf").isEmpty()
			.jsonPath("$.districts.length()").isEqualTo(8)
			.jsonPath("$.districts[*].code").isEqualTo(java.util.List.of("058", "060", "061", "062", "063", "064", "065", "066"))
			.jsonPath("$.districts[2].name").isEqualTo("Huyện Ba Bể")
			.jsonPath("$.communes").isNumber()
			.jsonPath("$.date").isEqualTo("2022-12-31");
	}

	@Test
	void bacKanProvinceIn2026IsThaiNguyenWithoutDistricts() {
		http.get().uri("/api/v1/units/provinces/06?date=2026-06-01").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.province.code").isEqualTo("19")
			.jsonPath("$.province.name").isEqualTo("Tỉnh Thái Nguyên")
			.jsonPath("$.successorOf").isEqualTo("06")
			.jsonPath("$.districts.length()").isEqualTo(0)
			.jsonPath("$.communes").isEqualTo(92);
		http.get().uri("/api/v1/units/provinces/19?date=2026-06-01").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.province.code").isEqualTo("19")
			.jsonPath("$.successorOf").isEmpty()
			.jsonPath("$.districts.length()").isEqualTo(0);
	}

	@Test
	void dongNaiIsACityFrom30April2026() {
		http.get().uri("/api/v1/units/75?date=2026-05-01").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("Thành phố Đồng Nai")
			.jsonPath("$.kind").isEqualTo("thành phố")
			.jsonPath("$.validFrom").isEqualTo("2026-04-30")
			.jsonPath("$.legalBasis").isEqualTo("30/2026/QH16");
		http.get().uri("/api/v1/units/75?date=2026-01-01").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("Tỉnh Đồng Nai")
			.jsonPath("$.validTo").isEqualTo("2026-04-29");
	}

	@Test
	void childrenValidOnADateWithPages() {
		http.get().uri("/api/v1/units?date=2022-12-31&parent=06").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.parent.name").isEqualTo("Tỉnh Bắc Kạn")
			.jsonPath("$.totalElements").isEqualTo(8)
			.jsonPath("$.items[0].code").isEqualTo("058")
			.jsonPath("$.items[0].level").isEqualTo("district");
		http.get().uri("/api/v1/units?date=2022-12-31&parent=06&size=3&page=2").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totalPages").isEqualTo(3)
			.jsonPath("$.items.length()").isEqualTo(2)
			.jsonPath("$.items[0].code").isEqualTo("065");
		http.get().uri("/api/v1/units?date=2022-12-31&parent=06&sort=name").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].name").isEqualTo("Huyện Ba Bể")
			.jsonPath("$.items[1].name").isEqualTo("Huyện Bạch Thông");
		http.get().uri("/api/v1/units?date=2026-06-01").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totalElements").isEqualTo(34);
		http.get().uri("/api/v1/units?size=201").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("size");
	}

	@Test
	void unitWithParentChildrenCountAndSuccessors() {
		http.get().uri("/api/v1/units/061?date=2022-12-31").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("Huyện Ba Bể")
			.jsonPath("$.parent.code").isEqualTo("06")
			.jsonPath("$.childrenCount").isEqualTo(15);
		http.get().uri("/api/v1/units/06?date=2022-12-31").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.childrenCount").isEqualTo(8)
			.jsonPath("$.successors[0].code").isEqualTo("19")
			.jsonPath("$.successors[0].name").isEqualTo("Tỉnh Thái Nguyên")
			.jsonPath("$.successors[0].effectiveDate").isEqualTo("2025-07-01")
			.jsonPath("$.successors[0].coverage").isEqualTo("full");
	}

	@Test
	void searchWithoutDiacritics() {
		http.get().uri("/api/v1/units/search?q=ba be&date=2022-12-31").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].code").isEqualTo("061")
			.jsonPath("$.items[0].name").isEqualTo("Huyện Ba Bể")
			.jsonPath("$.items[0].context").isEqualTo("Tỉnh Bắc Kạn");
		http.get().uri("/api/v1/units/search?q=cho ra&date=2022-12-31").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].name").isEqualTo("Thị trấn Chợ Rã")
			.jsonPath("$.items[0].context").isEqualTo("Huyện Ba Bể, Tỉnh Bắc Kạn");
		http.get().uri("/api/v1/units/search?q=").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("q");
		http.get().uri("/api/v1/units/search?q={q}", " - ").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("q");
	}

	@Test
	void unknownCodeIsNotFoundWithAVietnameseMessageByDefault() {
		http.get().uri("/api/v1/units/99999").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.title").isEqualTo("Không tìm thấy đơn vị hành chính")
			.jsonPath("$.detail").isEqualTo("Không có đơn vị hành chính nào mang mã 99999.")
			.jsonPath("$.code").isEqualTo("99999");
		http.get().uri("/api/v1/units/99999").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.detail").isEqualTo("There is no administrative unit with code 99999.");
		http.get().uri("/api/v1/units/provinces/98").exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void closedCodeIsNotFoundOnALaterDateAndNamesItsSuccessor() {
		http.get().uri("/api/v1/units/06?date=2026-06-01").exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("Đơn vị hành chính mã 06 (Tỉnh Bắc Kạn) không có hiệu lực vào ngày 01/06/2026"))
			.jsonPath("$.successors[0]").isEqualTo("19");
	}

	@Test
	void malformedDateOrCodeIsABadRequestNamingTheParameter() {
		http.get().uri("/api/v1/units/06?date=31/12/2022").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("date")
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Tham số \"date\" không hợp lệ"));
		http.get().uri("/api/v1/units/6x").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("code")
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Parameter \"code\" is not valid"));
		http.get().uri("/api/v1/units/provinces/061").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("code");
		http.get().uri("/api/v1/units?parent=0612").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("parent");
	}

}
