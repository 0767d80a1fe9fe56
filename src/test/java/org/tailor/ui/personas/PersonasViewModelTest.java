package org.tailor.ui.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.TestScreens;

class PersonasViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakePersonaService service = new FakePersonaService();
    private final PersonasViewModel vm = new PersonasViewModel(service, t.context);

    @Test
    void activateComputesOnceWithDefaultsAndSelectsTheFirstPersona() {
        vm.activate();
        vm.activate();
        assertEquals(1, t.runner.titles().size());
        assertEquals(5, service.lastK);
        assertEquals(7, service.lastSeed); // the same default as the CLI's personas --seed
        assertEquals(3, vm.personas().size());
        assertEquals("Loyal big spenders", vm.selectedProperty().get().name());
        assertEquals(List.of("00017", "00042"), vm.members().stream().map(PersonaService.PersonaMember::customerId).toList());
        assertEquals(5, vm.segments().size());
        assertEquals("3 personas from k-means (seed 7) on recency, orders, spend, basket size and category shares;"
                + " recency counted to 2011-12-09; 12 customers without purchases belong to no persona.",
                vm.descriptionProperty().get());
    }

    @Test
    void selectingAnotherPersonaShowsItsMembers() {
        vm.recompute();
        vm.selectedProperty().set(vm.personas().get(1));
        assertEquals(List.of("00101"), vm.members().stream().map(PersonaService.PersonaMember::customerId).toList());
    }

    @Test
    void invalidKAndSeedAreExplainedNextToTheFieldsAndBlockRecompute() {
        vm.kTextProperty().set("1");
        assertEquals("Number of personas (k) must be between 2 and 20", vm.kErrorProperty().get());
        vm.seedTextProperty().set("abc");
        assertEquals("Seed must be a whole number", vm.seedErrorProperty().get());
        assertFalse(vm.canRecomputeProperty().get());
        vm.recompute();
        assertTrue(t.runner.titles().isEmpty());
        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("随机种子必须是整数", vm.seedErrorProperty().get());
        vm.kTextProperty().set(" 8 ");
        vm.seedTextProperty().set("7");
        assertTrue(vm.canRecomputeProperty().get());
        vm.recompute();
        assertEquals(8, service.lastK);
        assertEquals(7, service.lastSeed);
    }

    @Test
    void pendingServiceOnlySaysNotAvailable() {
        PersonasViewModel pending = new PersonasViewModel((k, seed, progress, cancel) -> {
            throw new org.tailor.ui.common.NotAvailableException("feature.personas");
        }, t.context);
        pending.recompute();
        assertTrue(t.dialogs.errors().isEmpty());
        assertEquals(List.of("Persona computation is not available in this build yet"), t.dialogs.notifications());
        assertTrue(pending.personas().isEmpty());
    }
}
