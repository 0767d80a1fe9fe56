package org.tailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tailor.ui.common.FxTaskRunner;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.RecordingDialogs;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.StatusModel;
import org.tailor.ui.personas.PersonaService.PersonaResult;
import org.tailor.ui.personas.PersonaService.PersonaSummary;
import org.tailor.ui.personas.PersonaService.SegmentCount;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The CLI's default of 5 personas at the default window size (1200x780): every persona's name is shown on each of
 * the three persona charts (JavaFX hides category labels that would overlap). Writes target/snapshots/Personas_5.png.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PersonaChartLabelsTest {
    private static final List<String> NAMES = List.of("Recent frequent big spenders", "Lapsed one-time light spenders",
            "Occasional typical customers", "Recent one-time big spenders", "Lapsed occasional Garden fans");
    private final FakeServices fakes = new FakeServices();
    private FxTaskRunner runner;
    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxTaskRunner(1);
        Services s = fakes.services();
        Services five = new Services(s.sampleImporter(), s.data(), (k, seed, progress, cancel) -> new PersonaResult(
                NAMES.stream().map(n -> new PersonaSummary(n, 100 + n.length(), 250.0 + n.length(), 30.0 + n.length(),
                        List.of())).toList(),
                List.of(new SegmentCount("Champions", 60), new SegmentCount("Loyal", 140)), k, seed, "2011-12-09", 0),
                s.recommenders(), s.campaigns(), s.privacy(), s.fairness());
        app = new AppContext(five, new ScreenContext(runner, new RecordingDialogs(), new I18n(Locale.ENGLISH),
                new StatusModel()), runner::close);
        stage.setScene(app.createScene(1200, 780));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void everyPersonaIsLabelledOnEveryChart(FxRobot robot) throws Exception {
        robot.clickOn("#personasNavButton");
        BarChart<?, ?> sizes = robot.lookup("#sizeChart").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !sizes.getData().isEmpty()
                && sizes.getData().get(0).getData().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(stage.getScene().getRoot(), "Personas_5");
        for (String id : List.of("#sizeChart", "#spendChart", "#recencyChart")) {
            BarChart<?, ?> chart = robot.lookup(id).query();
            Axis<?> axis = chart.getYAxis();
            List<String> shown = axis.getTickMarks().stream().filter(Axis.TickMark::isTextVisible)
                    .map(t -> String.valueOf(t.getValue())).sorted().toList();
            assertEquals(NAMES.stream().sorted().toList(), shown, id + ": every persona's name is visible");
        }
    }
}
