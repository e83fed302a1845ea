package io.studycompanion.ui.dashboard;

import io.studycompanion.domain.readiness.ExamResultPoint;
import io.studycompanion.domain.readiness.TrendPoint;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Exam-simulation scores and rolling practice accuracy over time, with the pass mark. */
final class TrendChart extends LineChart<Number, Number> {
    TrendChart() {
        super(new NumberAxis(), new NumberAxis(0, 100, 10));
        setId("trendChart");
        setAnimated(false);
        setCreateSymbols(true);
        setLegendVisible(true);
        setPrefHeight(260);
        var x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            public String toString(Number n) { return LocalDate.ofEpochDay(n.longValue()).toString().substring(5); }
            public Number fromString(String s) { return 0; }
        });
        getYAxis().setLabel("%");
    }

    /** @param today the snapshot's date (the core's clock), where an empty chart ends */
    void show(List<ExamResultPoint> exams, List<TrendPoint> practice, int passMark, LocalDate today) {
        var examSeries = new XYChart.Series<Number, Number>();
        examSeries.setName("Exam simulations");
        exams.forEach(e -> examSeries.getData().add(new XYChart.Data<>(e.date().toEpochDay(), e.percent())));
        var practiceSeries = new XYChart.Series<Number, Number>();
        practiceSeries.setName("Practice accuracy (7 days)");
        practice.forEach(p -> practiceSeries.getData().add(new XYChart.Data<>(p.date().toEpochDay(), p.percent())));
        var days = Stream.concat(exams.stream().map(ExamResultPoint::date), practice.stream().map(TrendPoint::date))
                .mapToLong(LocalDate::toEpochDay).summaryStatistics();
        // The axis ends today (never a week ahead) and shows at least a week.
        long to = days.getCount() == 0 ? today.toEpochDay() : Math.max(today.toEpochDay(), days.getMax());
        long from = days.getCount() == 0 ? to - 7 : Math.min(days.getMin() - 1, to - 7);
        var x = (NumberAxis) getXAxis();
        x.setLowerBound(from);
        x.setUpperBound(to);
        x.setTickUnit(Math.max(1, (to - from) / 8.0));
        var passSeries = new XYChart.Series<Number, Number>();
        passSeries.setName("Pass mark " + passMark + "%");
        passSeries.getData().add(new XYChart.Data<>(from, passMark));
        passSeries.getData().add(new XYChart.Data<>(to, passMark));
        getData().setAll(List.of(examSeries, practiceSeries, passSeries));
        // The chart's text alternative: what a reader would take from it.
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleText(exams.isEmpty() && practice.isEmpty() ? "Trend: no exam simulations or practice yet."
                : "Trend: " + exams.size() + " exam simulations" + (exams.isEmpty() ? "" : ", latest "
                + Math.round(exams.get(exams.size() - 1).percent()) + "%") + "; practice accuracy over 7 days"
                + (practice.isEmpty() ? " not yet measured" : " latest " + Math.round(practice.get(practice.size() - 1).percent()) + "%")
                + "; pass mark " + passMark + "%.");
    }
}
