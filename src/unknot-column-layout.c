/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-column-layout.h"

/* A layout for a column of wrapping text: its width does not depend on
 * its height.  It lays its children over each other at its full size, as
 * AdwBin does, but answers a question for its width at a given height
 * (which a horizontal box or a carousel asks while allocating) with its
 * width at any height.  Asked that of a column of wrapping labels, GTK
 * would otherwise search for a width, laying every label out at each
 * width it tries, and each label would search for its own. */
struct _UnknotColumnLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (UnknotColumnLayout, unknot_column_layout, GTK_TYPE_LAYOUT_MANAGER)

GtkLayoutManager *
unknot_column_layout_new (void)
{
  return g_object_new (UNKNOT_TYPE_COLUMN_LAYOUT, NULL);
}

static GtkSizeRequestMode
unknot_column_layout_get_request_mode (GtkLayoutManager *manager,
                                       GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
unknot_column_layout_measure (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              GtkOrientation    orientation,
                              int               for_size,
                              int              *minimum,
                              int              *natural,
                              int              *minimum_baseline,
                              int              *natural_baseline)
{
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation,
                          orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
unknot_column_layout_allocate (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               int               width,
                               int               height,
                               int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
unknot_column_layout_class_init (UnknotColumnLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = unknot_column_layout_get_request_mode;
  manager_class->measure = unknot_column_layout_measure;
  manager_class->allocate = unknot_column_layout_allocate;
}

static void
unknot_column_layout_init (UnknotColumnLayout *self)
{
}
