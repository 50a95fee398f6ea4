package dev.redactor.cli;

import dev.redactor.Channel;
import dev.redactor.Purpose;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli converters for the message enums; errors list the accepted values. */
final class Converters {
  private Converters() {}

  static final class PurposeConverter implements ITypeConverter<Purpose> {
    @Override
    public Purpose convert(String value) {
      try {
        return Purpose.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class ChannelConverter implements ITypeConverter<Channel> {
    @Override
    public Channel convert(String value) {
      try {
        return Channel.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
