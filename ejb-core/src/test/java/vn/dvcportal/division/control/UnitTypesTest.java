package vn.dvcportal.division.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvcportal.division.entity.UnitLevel;

class UnitTypesTest {

    @Test
    void tellsTheSameWordApartByLevel() {
        assertEquals(Optional.of("Thành phố Trung ương"),
                UnitTypes.fromName(UnitLevel.PROVINCE, "Thành phố Huế"));
        assertEquals(Optional.of("Thành phố"),
                UnitTypes.fromName(UnitLevel.DISTRICT, "Thành phố Thủ Đức"));
        assertEquals(Optional.empty(), UnitTypes.fromName(UnitLevel.COMMUNE, "Thành phố Huế"));
    }

    @Test
    void knowsEveryCommuneKind() {
        assertEquals(Optional.of("Xã"), UnitTypes.fromName(UnitLevel.COMMUNE, "Xã Hòn Tre"));
        assertEquals(Optional.of("Phường"),
                UnitTypes.fromName(UnitLevel.COMMUNE, "Phường Ba Đình"));
        assertEquals(Optional.of("Thị trấn"),
                UnitTypes.fromName(UnitLevel.COMMUNE, "Thị trấn Cô Tô"));
        assertEquals(Optional.of("Đặc khu"),
                UnitTypes.fromName(UnitLevel.COMMUNE, "Đặc khu Phú Quốc"));
    }

    @Test
    void needsAWholeWord() {
        assertEquals(Optional.empty(), UnitTypes.fromName(UnitLevel.PROVINCE, "Tỉnhx Nam"));
        assertEquals(Optional.empty(), UnitTypes.fromName(UnitLevel.COMMUNE, "Xã"));
    }
}
