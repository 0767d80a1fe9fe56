package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.tailor.core.recommend.IterativeRecommender;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Per-epoch training loss and validation NDCG@K of an iterative variant, to see over-fitting. */
public final class TrainingCurve {
    private TrainingCurve() {
    }

    public record Point(int epoch, double loss, double validationNdcg) {
    }

    public static List<Point> record(IterativeRecommender r, EvaluationSet validation, int k, Progress progress,
                                     Cancellation cancel) {
        Experiment exp = new Experiment(new Experiment.Options(k, false, null));
        List<Point> points = new ArrayList<>();
        r.train(validation.split().train(), (epoch, loss, model) -> {
            double ndcg = exp.evaluate(r, model, 0, validation, cancel).metric("ndcg@" + k);
            points.add(new Point(epoch, loss, ndcg));
        }, progress, cancel);
        return List.copyOf(points);
    }
}
