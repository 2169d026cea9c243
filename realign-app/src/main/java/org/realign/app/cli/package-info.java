/**
 * The {@code ./realign} command line, every command in one place: {@code serve},
 * {@code assess} (landmarks or photos in, measurements, findings and a menu out),
 * {@code landmarks} (the 33 BlazePose keypoints on photos, in the landmark file format),
 * {@code models} (the model cache), {@code exercises}, {@code menu}, {@code backup} and
 * {@code restore}. Only this package uses picocli; the commands call the features.
 */
package org.realign.app.cli;
