package org.tailor.cli;

import com.google.gson.Gson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tailor.core.evaluate.CutOff;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.FileMessages;
import org.tailor.core.export.CsvCells;
import org.tailor.core.evaluate.RatingsFile;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.BatchRecommendations;
import org.tailor.core.recommend.CustomerList;
import org.tailor.core.recommend.Explanation;
import org.tailor.core.recommend.ModelCodec;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.recommend.WorkspaceTrainingData;
import org.tailor.core.store.ModelRunRepository;
import org.tailor.core.store.ModelRunRepository.ModelRun;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every customer's top-K from a variant trained on a file, or from a model saved in a workspace. */
@Command(mixinStandardHelpOptions = true, name = "recommend", description = "Write every customer's top-K (customer, rank, item, score[, because]) "
        + "as TSV; optionally save the trained model in a workspace, or reload a saved one without retraining.")
final class RecommendCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--train", description = "Training rows: user, item[, rating[, timestamp]] (gzip read directly).")
    Path train;

    @Option(names = "--variant", defaultValue = "ease", description = "Variant name[:key=value,...]. Default ${DEFAULT-VALUE}.")
    String variant;

    @Option(names = "--k", defaultValue = "10", description = "List length (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--out", required = true, description = "Output TSV file.")
    Path out;

    @Option(names = "--include-bought", description = "Also recommend items the customer already has.")
    boolean includeBought;

    @Option(names = "--explain", description = "Add a 'because' column: the customer's items that contributed most.")
    boolean explain;

    @Option(names = "--workspace", description = "Workspace file: the data to train on when --train is not "
            + "given, and where --save stores and --model-id finds models.")
    Path workspace;

    @Option(names = "--save", description = "Save the trained model in the workspace (model_run) and print its id.")
    boolean save;

    @Option(names = "--model-id", description = "Reload this saved model from the workspace instead of training.")
    Long modelId;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        CutOff.of(k, 1);
        String outProblem = FileMessages.writeProblem(out);
        if (outProblem != null) {
            throw new IllegalArgumentException("Cannot write " + out + ": " + outProblem);
        }
        TrainedModel model;
        String described;
        if (modelId != null) {
            requireExistingWorkspace();
            try (Workspace ws = Workspace.open(workspace)) {
                ModelRun run = new ModelRunRepository(ws).find(modelId).orElseThrow(() ->
                        new IllegalArgumentException("No saved model " + modelId + " in " + workspace));
                if (run.model() == null) {
                    throw new IllegalArgumentException("Run " + modelId + " was saved without its model");
                }
                model = ModelCodec.read(run.model());
                described = run.variant() + " (saved run " + modelId + ", data " + run.dataVersion() + ")";
            }
        } else {
            if (train == null && workspace == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give --train, or --workspace (its interactions), or --model-id");
            }
            Recommender r = new AlgorithmCatalog().create(variant);
            TrainingData data;
            String source;
            if (train != null) {
                data = EvaluationSet.of(RatingsFile.readRatings(train), List.of(), 0, "all rows").trainingData();
                if (data.matrix().nonZeros() == 0) {
                    throw new IllegalArgumentException("The training file " + train
                            + " has no rows: there is nothing to learn from");
                }
                source = dataVersion(train);
            } else {
                requireExistingWorkspace();
                try (Workspace ws = Workspace.open(workspace)) {
                    data = WorkspaceTrainingData.load(ws);
                    source = "workspace " + workspace.getFileName() + "@" + ws.count("interaction") + " interactions";
                }
                if (data.matrix().nonZeros() == 0) {
                    throw new IllegalArgumentException("The workspace " + workspace + " has no interactions "
                            + "(purchases, views, ratings ...): import some before recommending");
                }
            }
            long t0 = System.nanoTime();
            model = r.train(data, Progress.NONE, Cancellation.NONE);
            double secs = (System.nanoTime() - t0) / 1e9;
            described = r.spec();
            if (save) {
                requireWorkspace();
                try (Workspace ws = Workspace.open(workspace)) {
                    long id = new ModelRunRepository(ws).save(new ModelRun(0, r.name(),
                            new Gson().toJson(r.parameters()), "all rows (no split)", null, source, null, secs,
                            ModelCodec.write(model), null));
                    console.println("saved model run " + id + " in " + workspace);
                }
            }
        }
        write(model, console, described);
        return 0;
    }

    private void write(TrainedModel model, PrintWriter console, String described) {
        InteractionMatrix m = model.matrix();
        CutOff cut = CutOff.of(k, m.itemCount());
        List<CustomerList> lists = BatchRecommendations.forAll(model, cut.k(), !includeBought, Progress.NONE,
                Cancellation.NONE);
        List<String> reasons = new ArrayList<>();
        try {
            writeLists(model, lists, reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(FileMessages.writing(out, e), e);
        }
        if (cut.isCapped()) {
            console.println(cut.note());
        }
        console.println("variant " + described + ": top-" + cut.k() + " for " + lists.size()
                + " customers written to " + out);
        if (!reasons.isEmpty()) {
            console.println(reasons.size() + " customers got a short or empty list:");
            reasons.stream().limit(20).forEach(r -> console.println("  " + r));
        }
    }

    /**
     * One TSV row per recommendation. Customer, item and because cells are made safe for spreadsheets (a leading
     * = + - @ gets an apostrophe) and cannot break the columns (tabs and line breaks become spaces).
     */
    private void writeLists(TrainedModel model, List<CustomerList> lists, List<String> reasons) throws IOException {
        InteractionMatrix m = model.matrix();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(explain ? "customer\trank\titem\tscore\tbecause\n" : "customer\trank\titem\tscore\n");
            for (int u = 0; u < lists.size(); u++) {
                CustomerList l = lists.get(u);
                if (!l.reason().isEmpty()) {
                    reasons.add(l.customerId() + ": " + l.reason());
                }
                int rank = 1;
                for (ScoredItem s : l.items()) {
                    w.write(cell(l.customerId()) + "\t" + rank++ + "\t" + cell(m.items().id(s.itemIdx())) + "\t"
                            + String.format(Locale.ROOT, "%.6g", s.score()));
                    if (explain) {
                        Explanation e = model.explain(u, s.itemIdx());
                        List<String> because = new ArrayList<>();
                        e.becauseItemIdx().forEach(i -> because.add(m.items().id(i)));
                        w.write("\t" + cell(because.isEmpty() ? e.kind() : String.join(",", because)));
                    }
                    w.write('\n');
                }
            }
        }
    }

    /** A text cell safe to open in a spreadsheet and unable to break the TSV layout. */
    static String cell(String text) {
        return CsvCells.safe(text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
    }

    private void requireWorkspace() {
        if (workspace == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --workspace");
        }
    }

    /** A workspace to read from must exist (opening a missing one would create an empty file). */
    private void requireExistingWorkspace() {
        requireWorkspace();
        if (!Files.isRegularFile(workspace)) {
            throw new IllegalArgumentException(Files.isDirectory(workspace)
                    ? "Workspace " + workspace + " is a folder, not a workspace file"
                    : "Workspace " + workspace + " does not exist");
        }
    }

    /** The file name and the first 16 hex digits of the SHA-256 of its bytes. */
    static String dataVersion(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] d = ((DigestInputStream) in).getMessageDigest().digest();
            return file.getFileName() + "@sha256:" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(FileMessages.reading(file, e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
