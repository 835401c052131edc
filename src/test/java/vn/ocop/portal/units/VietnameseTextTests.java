package vn.ocop.portal.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

	@Test
	void foldingDropsDiacriticsAndCase() {
		assertThat(VietnameseText.fold("Huyện Ba Bể")).isEqualTo("huyen ba be");
		assertThat(VietnameseText.fold("Thị trấn Chợ Rã")).isEqualTo("thi tran cho ra");
		assertThat(VietnameseText.fold("Tỉnh Thừa Thiên Huế")).isEqualTo("tinh thua thien hue");
	}

	@Test
	void foldingTurnsDStrokeIntoD() {
		assertThat(VietnameseText.fold("Đồng Nai")).isEqualTo("dong nai");
		assertThat(VietnameseText.fold("đắk lắk")).isEqualTo("dak lak");
		assertThat(VietnameseText.fold("ĐẮK NÔNG")).isEqualTo("dak nong");
	}

	@Test
	void foldingIsTheSameForComposedAndDecomposedText() {
		String decomposed = Normalizer.normalize("Xã Ứng Hòe", Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Xã Ứng Hòe")).isEqualTo("xa ung hoe");
	}

	@Test
	void foldingDropsApostrophesAndCollapsesPunctuation() {
		assertThat(VietnameseText.fold("Xã Cư M'gar")).isEqualTo("xa cu mgar");
		assertThat(VietnameseText.fold("  Phường 1,  Quận 3 ")).isEqualTo("phuong 1 quan 3");
		assertThat(VietnameseText.fold(null)).isEmpty();
	}

	@Test
	void vietnameseOrderPutsLettersInTheAlphabetsOrder() {
		assertThat(VietnameseText.ORDER.compare("Ân Thi", "Bắc Kạn")).isNegative();
		List<String> names = new ArrayList<>(List.of("Đà Nẵng", "Bắc Kạn", "Ân Thi", "Dương Minh Châu", "Ăn Lạc", "Anh Sơn",
				"Bạch Thông", "Bà Rịa", "Ưng Hòa", "Uông Bí", "Ơn Dự", "Ô Môn", "Ong Lạc"));
		names.sort(VietnameseText.ORDER);
		assertThat(names).containsExactly("Anh Sơn", "Ăn Lạc", "Ân Thi", "Bà Rịa", "Bạch Thông", "Bắc Kạn",
				"Dương Minh Châu", "Đà Nẵng", "Ong Lạc", "Ô Môn", "Ơn Dự", "Uông Bí", "Ưng Hòa");
	}

	@Test
	void unitsByNameIgnoreTheKindWord() {
		List<AdministrativeUnit> units = new ArrayList<>(List.of(district("058", "Thành phố Bắc Kạn"),
				district("061", "Huyện Ba Bể"), district("063", "Huyện Bạch Thông"), district("062", "Huyện Ngân Sơn")));
		units.sort(AdministrativeUnit.BY_NAME);
		assertThat(units).extracting(AdministrativeUnit::name)
			.containsExactly("Huyện Ba Bể", "Huyện Bạch Thông", "Thành phố Bắc Kạn", "Huyện Ngân Sơn");
		units.sort(AdministrativeUnit.BY_CODE);
		assertThat(units).extracting(unit -> unit.code().value()).containsExactly("058", "061", "062", "063");
	}

	@Test
	void kindComesFromTheFirstWordsOfTheName() {
		assertThat(UnitKind.ofName("Thị xã Sơn Tây")).contains(UnitKind.THI_XA);
		assertThat(UnitKind.ofName("Thị trấn Chợ Rã")).contains(UnitKind.THI_TRAN);
		assertThat(UnitKind.ofName("Thành phố Đồng Nai")).contains(UnitKind.THANH_PHO);
		assertThat(UnitKind.ofName("Đặc khu Côn Đảo")).contains(UnitKind.DAC_KHU);
		assertThat(UnitKind.ofName("Xã")).isEmpty();
		assertThat(UnitKind.ofName("Khu kinh tế")).isEmpty();
		assertThat(UnitKind.THANH_PHO.fits(UnitLevel.PROVINCE)).isTrue();
		assertThat(UnitKind.HUYEN.fits(UnitLevel.COMMUNE)).isFalse();
	}

	@Test
	void unitCodesHaveTwoThreeOrFiveDigits() {
		assertThat(UnitCode.of("06").level()).isEqualTo(UnitLevel.PROVINCE);
		assertThat(UnitCode.of(" 061 ").level()).isEqualTo(UnitLevel.DISTRICT);
		assertThat(UnitCode.of("01888").level()).isEqualTo(UnitLevel.COMMUNE);
		assertThat(UnitCode.isValid("6")).isFalse();
		assertThat(UnitCode.isValid("0610")).isFalse();
		assertThat(UnitCode.isValid("06a")).isFalse();
		assertThat(UnitCode.of("19")).isGreaterThan(UnitCode.of("06")).isLessThan(UnitCode.of("058"));
	}

	private static AdministrativeUnit district(String code, String name) {
		return new AdministrativeUnit(UnitCode.of(code), name, UnitLevel.DISTRICT, UnitKind.ofName(name).orElse(null),
				UnitCode.of("06"), UnitCode.of("06"), LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30), "test", "test");
	}

}
