package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.List;

/** The search space of each variant for {@link Tuner}: full specs, one per grid point. */
public final class ParameterGrid {
    private ParameterGrid() {
    }

    public static List<String> candidates(String variant) {
        List<String> out = new ArrayList<>();
        switch (variant) {
            case "ease" -> {
                for (int l : new int[] {25, 50, 100, 200, 350, 500, 800, 1200}) {
                    out.add("ease:lambda=" + l);
                }
            }
            case "itemknn" -> {
                for (int k : new int[] {25, 50, 100, 200}) {
                    for (int s : new int[] {0, 10, 50}) {
                        out.add("itemknn:k=" + k + ",shrink=" + s);
                    }
                }
            }
            case "userknn" -> {
                for (int k : new int[] {25, 50, 100, 200}) {
                    for (int s : new int[] {0, 10}) {
                        out.add("userknn:k=" + k + ",shrink=" + s);
                    }
                }
            }
            case "als" -> {
                for (int f : new int[] {32, 64, 128}) {
                    for (String l : new String[] {"0.1", "1", "10"}) {
                        for (int a : new int[] {1, 5, 20}) {
                            out.add("als:factors=" + f + ",lambda=" + l + ",alpha=" + a);
                        }
                    }
                }
            }
            case "bpr" -> {
                for (String lr : new String[] {"0.01", "0.05", "0.1"}) {
                    for (String reg : new String[] {"0.0005", "0.002", "0.01"}) {
                        out.add("bpr:lr=" + lr + ",reg=" + reg);
                    }
                }
            }
            case "neural" -> {
                for (String lr : new String[] {"0.005", "0.01", "0.02"}) {
                    for (int f : new int[] {16, 32}) {
                        out.add("neural:lr=" + lr + ",factors=" + f);
                    }
                }
            }
            case "hybrid" -> {
                for (String w : new String[] {"0.3", "0.5", "0.7", "0.9"}) {
                    out.add("hybrid:weight=" + w);
                }
            }
            case "recentpop" -> {
                for (int h : new int[] {7, 30, 90, 365}) {
                    out.add("recentpop:halflife=" + h);
                }
            }
            default -> out.add(variant);
        }
        return out;
    }
}
